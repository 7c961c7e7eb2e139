// Package attribution finds who says what in news text.
package attribution
