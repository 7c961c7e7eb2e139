package hearsay

import (
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/internal/wordclass"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestContextFile parses the embedded context.tsv: every class the code
// reads is there.
func TestContextFile(t *testing.T) {
	words, err := lexicon.ParseWords(strings.NewReader(contextFile), "context.tsv", contextClassNames)
	require.NoError(t, err)
	assert.Equal(t, words, wordclass.ReadFile(contextFile), "the package reads the file as ParseWords does")
	for _, c := range contextClassNames {
		assert.NotEmpty(t, words[c], "class %s", c)
	}
}

// TestFindingsInContext checks that findings read the words around them.
func TestFindingsInContext(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // category:text of every finding
		reason     string
	}{
		{"epistemic could", "The fire could spread overnight.", []string{"hedge:could"}, "a possibility the writer leaves open"},
		{"surname after a title", "(The Dutch, it turns out, are keen viewers of ''Harbor Lights,'' Mr. Madden said.)", nil, "a name after an abbreviated title, not the verb madden"},
		{"the verb itself", "The ruling will madden the crew.", []string{"loaded:madden"}, "the word used, not a name"},
		{"negated ability", "Congress could never control the agency.", nil, "could never: a denied ability, not a hedge"},
		{"could not", "Rescuers could not reach the village.", nil, "a denied ability"},
		{"ability", "She could see the smoke from miles away.", nil, "could see: an ability"},
		{"no one could", "No seats could be found in the hall.", nil, "a negative subject denies the ability, as could not does"},
		{"few could", "Few collectors could describe the difference.", nil, "few, not a few: a denied ability"},
		{"no inside the subject", "Residents with no insurance could lose their homes.", []string{"hedge:could"}, "a negative inside a phrase of the subject denies nothing of the modal"},
		{"a few could", "A few of the inspectors could describe the leak.", []string{"hedge:could"}, "a few affirms: the modal is read as any other"},
		{"generic may have a noun", "A polyp may have a flat base.", nil, "have of possession after a generic subject: may is the generic one it would be alone"},
		{"may have of possession", "The talks may have a different outcome.", []string{"hedge:may have"}, "a definite subject: the writer is unsure"},
		{"may have a number", "Households may also have seven pets.", nil, "have of possession before a number, not a perfect: a generic subject's may"},
		{"may have a participle in -en", "The talks may also have broken down.", []string{"hedge:may"}, "a perfect after the adverb: a guess about what happened"},
		{"likely voters", "The poll of 1,000 likely voters has a margin of error.", nil, "a poll's population, a term of the trade, not a guess"},
		{"likely primary voters", "The survey of likely Republican primary voters ended Monday.", nil, "a party and contest between likely and voters"},
		{"likely winner", "She is the likely winner among voters.", []string{"hedge:likely"}, "a guess at the winner; voters after a preposition are no population of likely"},
		{"potential as a noun", "The field sets the electric potential of the wire.", nil, "potential the noun of physics, not an adjective of possibility"},
		{"potential before a noun", "Inspectors found a potential leak.", []string{"hedge:potential"}, "an adjective of possibility before its noun"},
		{"potential after next", "He may be the next potential resident of the house.", []string{"hedge:may", "hedge:potential"}, "an adjective before its noun, whatever precedes it"},
		{"potential for", "The rules create the potential for abuse.", nil, "the noun: a capacity, named, not a hedge on a claim"},
		{"before they could", "Residents had to register before they could vote.", nil, "could in a clause of time after before: what they were allowed to do, the past of can"},
		{"until he could", "The clerk waited until the judge could sign the order.", nil, "the same after until"},
		{"could after a comma and before", "Before the vote, the bill could die.", []string{"hedge:could"}, "punctuation between: before opens a phrase, not the modal's clause"},
		{"modal in a question", "Could the fire spread overnight?", nil, "a question asks; it does not hedge"},
		{"asked how", "Reporters asked how the mayor could pay for the plan.", nil, "a question embedded under a verb of asking: the modal asks, it does not hedge"},
		{"questions about what", "The delay raises questions about what the agency might be hiding.", nil, "an embedded question after a noun of asking and a preposition"},
		{"no idea how", "The council has no idea how the levee could be repaired.", nil, "not knowing: the clause is an open question"},
		{"explained how", "She explained how the levee could fail.", []string{"hedge:could"}, "an answer given, not a question asked: the guess is reported"},
		{"questions which may", "The questions which may arise are hard.", []string{"hedge:may"}, "which right after the noun opens a relative clause, not a question"},
		{"generic may", "Guests may bring their own food.", nil, "a bare plural subject: what can happen in general, not doubt"},
		{"generic may after a", "A cord set may include a fuse.", nil, "an indefinite subject: a property of the kind"},
		{"specific may", "The talks may fail.", []string{"hedge:may"}, "a definite subject: the writer is unsure"},
		{"generic may after any", "Any member may request a recount.", nil, "a free-choice subject: what whichever member can do"},
		{"may of purpose", "The dam was raised so that the town may grow.", nil, "a clause of purpose states an aim, not a doubt"},
		{"generic may have", "Guests may have brought their own food.", []string{"hedge:may have"}, "may have: a guess about what happened"},
		{"so of purpose", "The board paid the fee so he could stay.", nil, "so alone opens a clause of purpose too"},
		{"so of result", "The levee failed once, and so it could fail again.", []string{"hedge:could"}, "after and, so means therefore: the modal is the writer's guess"},
		{"suggest with a subjunctive be", "She suggested that the board be dissolved.", nil, "the mandative subjunctive of a proposal: asked for, not guessed"},
		{"suggest with a subjunctive not", "She suggested that he not run again.", nil, "a not with no auxiliary before it is the subjunctive's"},
		{"suggest with should", "Analysts suggested the city should raise taxes.", []string{"vague-source:Analysts"}, "should after suggest: advice proposed, not a guess (the vague source stays)"},
		{"suggest with a modal be", "I suggested that the plant may be unsafe.", []string{"hedge:suggested", "hedge:may"}, "be after a modal is the indicative of a guess"},
		{"suggest with an indicative not", "I suggested that the leak was not an accident.", []string{"hedge:suggested"}, "not after an auxiliary: a guess that something is not so"},
		{"may of an exclusive subject", "Only the Senate may ratify the treaty.", nil, "who alone is permitted: a rule, not a doubt"},
		{"may after the only", "The only witness may have left early.", []string{"hedge:may have"}, "only inside the subject limits a noun; the modal is a guess"},
		{"may of a definite subject before only", "The Senate may ratify the treaty only in May.", []string{"hedge:may"}, "only after the modal is no subject's"},
		{"open question in a wh-clause", "It was not clear who fired first.", []string{"hedge:not clear who"}, "the event is left open, as in a whether-clause"},
		{"not knowing how", "Inspectors do not know how the fire began.", []string{"hedge:do not know how"}, "an open question: how the fire began is not asserted"},
		{"could and a negative object", "The crew could do nothing to stop the leak.", nil, "a negative object denies the ability, as could not does"},
		{"could find no", "Divers could find no trace of the boat.", nil, "a denied ability"},
		{"may with a negative object", "The court may do nothing until June.", []string{"hedge:may"}, "may is no ability modal: the writer's doubt"},
		{"the reader's memory", "You may remember the storm of 2012.", nil, "the writer's nod to what the reader knows, not a doubt"},
		{"the reader's fate", "You may lose the deposit.", []string{"hedge:may"}, "a modal about the reader's fate, not memory"},
		{"reason to believe", "There is reason to believe the plant leaked.", []string{"hedge:reason to believe"}, "grounds for a belief, not the belief stated"},
		{"no reason to believe", "There is no reason to believe the plant leaked.", nil, "the writer dismisses the claim"},
		{"suggest with a not of no subject", "I suggested they were late but not lost.", []string{"hedge:suggested"}, "a not after a conjunction negates no subject's verb: no subjunctive"},
		{"only before a clause", "He did not say the deal was dead, only that the rival bid could hold up the vote.", []string{"hedge:could"}, "only limits the that-clause; its modal is the writer's doubt"},
		{"only in a relative subject", "No one blamed the mayor, only some who said that could change.", []string{"hedge:some", "hedge:could"}, "only ranges over a phrase whose relative clause holds the modal"},
		{"a way to act", "Inspectors do not know how to stop the leak.", nil, "the clause asks for a way to act, not about an event"},
		{"any reason to believe", "She was never given any reason to believe the plant leaked.", nil, "any stands under the negation: no grounds are put forward"},
		{"possible to do", "It is possible to vote by mail in every county.", nil, "what can be done (root possibility), not a guess"},
		{"possible that", "It is possible that the vote was delayed.", []string{"hedge:It is possible"}, "a guess at what is the case"},
		{"clearly visible", "The sign was clearly visible from the road.", nil, "how the sign is seen, a manner, not the writer's certainty"},
		{"spoke clearly", "He spoke clearly and slowly.", nil, "after a verb with no object: the manner of speaking"},
		{"dressed plainly", "She dressed plainly for the trial.", nil, "the manner of dressing"},
		{"clearly before its verb", "The mayor clearly won the vote.", []string{"booster:clearly"}, "before its verb the adverb is the writer's certainty"},
		{"clearly before a clause", "The study shows clearly that prices rose.", []string{"vague-source:study shows", "booster:clearly"}, "before a that-clause the adverb vouches for it"},
		{"clearly after a comma", "The plan failed, clearly.", []string{"booster:clearly"}, "set off by a comma, a comment on the whole"},
		{"clearly after a clitic be", "Israel knows what’s clearly in its interest.", []string{"booster:clearly"}, "after a clitic be the adverb vouches for what follows"},
		{"suggest with a bare verb", "She suggested that he resign at once.", nil, "he with the bare verb: the subjunctive of a proposal"},
		{"suggest with a past verb", "I suggested that he knew of the leak.", []string{"hedge:suggested"}, "a past form: a guess about what he knew"},
		{"suggest with a present verb", "I suggested that it works.", []string{"hedge:suggested"}, "a verb in -s: the indicative of a guess"},
		{"likely women voters", "The poll of 800 likely women voters ended Monday.", nil, "a part of the electorate between likely and voters: a poll's population"},
		{"modal in a condition", "If the bill could pass the Senate, the tax would fall.", nil, "the modal is the condition's own tense: the condition leaves it open"},
		{"modal in a whether-clause", "Aides asked whether the bill might pass.", nil, "the modal of the question asked"},
		{"modal in the consequence", "If convicted, he could face ten years in prison.", []string{"hedge:could"}, "after the condition's comma the modal is the writer's guess"},
		{"modal after as if", "It looked as if the talks might collapse.", []string{"hedge:might"}, "as if compares; it supposes nothing"},
		{"modal of a relative in a condition", "If the plans have parts that may be unsafe, the board will act.", []string{"hedge:may"}, "a relative clause inside the condition keeps its own modal"},
		{"modal after a whether-clause subject", "Whether they can agree may decide the vote.", []string{"hedge:may"}, "the condition has its own verb; the modal is the main clause's"},
		{"any doubt", "If you have any doubt about the plan, call the office.", nil, "a doubt supposed, none put forward"},
		{"no indications", "Police found no indications of foul play.", nil, "a doubt denied"},
		{"doubt negated", "I do not doubt that the plant leaked.", nil, "a negated doubt is certainty"},
		{"the best anyone could", "It was the best anyone could have done.", nil, "the limit of what was possible, not a doubt"},
		{"all she could do", "All she could do was wait.", nil, "all that was possible: an ability's limit"},
		{"the most likely outcome could", "The most likely outcome could be a delay.", []string{"hedge:most likely", "hedge:could"}, "a superlative that modifies a noun is no head of a relative clause"},
		{"an unlikely alliance", "The vote forged an unlikely alliance.", nil, "before its noun: against expectation, what is the case, not a guess"},
		{"the unlikely event", "In the unlikely event of a tie, the mayor votes.", []string{"hedge:unlikely"}, "before a noun of what may happen the adjective weighs a chance"},
		{"unlikely to", "The bill is unlikely to pass.", []string{"hedge:unlikely"}, "a guess at the outcome"},
		{"may as well", "The memo may as well have been written by the lobby.", nil, "an idiom of comparison, not a doubt"},
		{"as it may seem", "As improbable as it may seem, the plan worked.", nil, "a clause of concession weighs the statement, it does not doubt it"},
		{"as might be expected", "Turnout fell, as might be expected.", nil, "a clause of comparison"},
		{"may be called", "Smaller suppers may also be called potlucks.", nil, "a modal before a verb of naming gives a variant name, not a doubt"},
		{"may be used", "The extract may be used as a dye.", nil, "what a thing serves for, as can be used states it: an affordance, not a doubt"},
		{"may also be employed", "The test may also be employed to time the dose.", nil, "the same affordance past also"},
		{"may be found", "The talks may be found wanting.", []string{"hedge:may"}, "a participle of no use: the writer is unsure"},
		{"may refer to", "The term may refer to either field.", nil, "the senses of a word, listed, as a variant name is"},
		{"may be found by a means", "The fault may be located by testing each circuit.", nil, "a passive with its means (by and a gerund): what the procedure can do, not a doubt"},
		{"could be by the addition of", "The ore could be softened by the addition of lime.", nil, "a noun of means after by: a capability of the procedure"},
		{"may also be by the use of", "The date may also be fixed by the use of tree rings.", nil, "the means past also"},
		{"may be by an agent", "The election may be decided by the courts.", []string{"hedge:may"}, "by and an agent, not a means: the writer is unsure who will decide"},
		{"may be by a noun of no means", "The bridge may be closed by the end of the week.", []string{"hedge:may"}, "by and a time is no means: the writer is unsure"},
		{"free-choice subject", "He will meet whatever trials may come.", nil, "whatever picks any one of a kind: generic, as after any"},
		{"as big as could", "The pitches were as big as the land could hold.", nil, "the second as of a comparison and its subject: the clause measures, it does not doubt"},
		{"generic may also have been", "A major factor may also have been the late vote.", []string{"hedge:may"}, "a perfect past an adverb is a guess about what happened, as may have is"},
		{"generic may also have a noun", "Cords may also have locking plugs.", nil, "have of possession after a generic subject"},
		{"all possible", "The hawks cut off all possible escapes.", nil, "every option counted, none put forward as the case"},
		{"the other possible", "Among the other possible variables is the light.", nil, "the options ranged over"},
		{"a possible cause", "Inspectors named a possible cause.", []string{"hedge:possible"}, "one option put forward as the case"},
		{"one possible cause", "One possible cause is the wiring.", []string{"hedge:possible"}, "the numeral one before the adjective, as a or two: one option put forward as the case"},
		{"no one alleged", "No one alleged that the mayor left early.", nil, "one before a verb: the adjective's form is a verb there"},
		{"suggestive", "The lyrics remained oblique and suggestive.", nil, "an adjective that shares the verb's stem names a quality, not a guess"},
		{"the suggestion", "He took offense at the suggestion that he is not ready.", nil, "the noun names someone else's claim; it is no guess of the writer's"},
		{"experts suggest", "Experts suggest that the tale is older.", []string{"vague-source:Experts", "hedge:suggest"}, "the verb itself still hedges"},
		{"almost certainly", "The rules will almost certainly cost jobs.", []string{"hedge:almost certainly"}, "certainty stopped short of: the writer grants it might be otherwise, and the longer phrase wins over the booster"},
		{"nearly certain", "It is nearly certain that the bridge held.", []string{"hedge:nearly certain"}, "certainty stopped short of"},
		{"sometimes considered", "The line is sometimes considered part of the network.", []string{"hedge:sometimes considered"}, "a frequency word before an agentless judgement, as often considered"},
		{"best-selling", "It was the best-selling car in Europe.", []string{"hedge:best-selling"}, "a ranking no one is named as vouching for, as most popular"},
		{"famously", "The senator famously called for an inquiry.", []string{"hedge:famously"}, "fame no one is named as vouching for, as most famous"},
		{"cannot predict whether", "We still cannot predict whether the levee will hold.", []string{"hedge:cannot predict whether"}, "the writer's own open question, as not clear whether"},
		{"not yet clear", "It is not yet clear whether the levee will hold.", []string{"hedge:not yet clear"}, "an open question, as not clear whether and not immediately clear"},
		{"not yet known", "The cause is not yet known.", []string{"hedge:not yet known"}, "an open question, as it is not known"},
		{"in general after its noun", "The backlash hit the genre in general.", nil, "after its noun at the end of a clause: the whole of what the noun names"},
		{"in general opening a clause", "In general, collectors follow the rule.", []string{"hedge:In general"}, "a generalization of the claim"},
		{"vary widely", "Costs vary widely between the agencies.", nil, "a degree of difference, not an opinion said to be widely held"},
		{"widely admired", "The design is widely admired.", []string{"hedge:widely"}, "an opinion generalized to no one named"},
		{"tend to a noun", "Nurses tend to the wounded.", nil, "tend to before a noun phrase is care, not a hedge"},
		{"tend to compare", "The Cambodian style tends to use more elbow strikes.", nil, "a comparison of tendencies stated as fact, as more likely compares chances"},
		{"tend to a verb", "Prices tend to rise in winter.", []string{"hedge:tend to"}, "a hedge of an infinitive"},
		{"may vary", "The fees may vary from one county to the next.", nil, "a verb of differing after the modal: some cases differ, stated as fact, as can vary"},
		{"might differ", "The two ledgers might also differ on the totals.", nil, "the same with another modal and also"},
		{"may range", "Fines may range from ten to fifty dollars.", nil, "a range of cases, each of which is the case somewhere"},
		{"may have varied", "The readings may have varied that night.", []string{"hedge:may have"}, "a perfect: a guess at what happened once"},
		{"may include", "The symptoms may include a fever and a rash.", nil, "the existential may of a description: what some cases include, as may vary says that some differ"},
		{"may also contain", "The lotions may also contain perfume.", nil, "the same after also"},
		{"could include", "The deal could include a tax cut.", []string{"hedge:could"}, "could before a verb of composition speculates about one plan: a hedge"},
		{"may have included", "The deal may have included a tax cut.", []string{"hedge:may have"}, "a perfect: a guess at what was the case"},
		{"may often", "The patients may often feel tired.", nil, "an adverb of frequency after the modal counts occasions: a share of cases, not a doubt"},
		{"might normally", "Voters who might normally stay home turned out.", nil, "the same with might and normally"},
		{"may soon", "The talks may soon collapse.", []string{"hedge:may"}, "an adverb of time, not of frequency: the writer's guess"},
		{"he or she may", "The board names a director, and he or she may hire the staff.", nil, "the pronoun pair stands for whoever holds the role, generic as a bare plural"},
		{"she may", "She may hire the staff.", []string{"hedge:may"}, "one person: the writer is unsure"},
		{"so that with a phrase set off", "The dam was raised so that, in a wet year, the town may grow.", nil, "a phrase set off by commas after so that leaves the clause one of purpose"},
		{"comma without so that", "The dam was raised, and in a wet year the town may grow.", []string{"hedge:may"}, "no purpose clause: the writer's guess"},
		{"could be set to", "The press could be set to stop automatically.", nil, "what a machine can be made to do, a capability, as can be set to states it"},
		{"may be programmed to", "The thermostat may be programmed to switch off at night.", nil, "the same with programmed"},
		{"could be set for", "The vote could be set for Tuesday.", []string{"hedge:could"}, "set for a date, no infinitive: a schedule guessed at"},
		{"may also have varied", "The readings may also have varied that night.", []string{"hedge:may"}, "a perfect after the adverb: the verb of differing is not the modal's"},
		{"equative with possible", "The clinic wants to vaccinate as many children as possible.", nil, "an equative compares quantities; it puts no vague number forward"},
		{"equative of two groups", "The club drew as many retirees as students.", nil, "two quantities compared and stated equal"},
		{"equative of people", "They invited as many people as last year.", nil, "an equative, not the weasel many people"},
		{"as many as a number", "The storm left as many as 900 homes without power.", nil, "an upper bound on a count, as up to is"},
		{"as many people say", "As many people say, the bridge is unsafe.", []string{"vague-source:many people say"}, "a clause of manner: the unnamed crowd is the claim's source"},
		{"as many with a cue before the second as", "As many critics argued, the plan was as weak as before.", []string{"vague-source:many critics"}, "a cue before the second as: the crowd makes a claim"},
		{"so many", "So many residents left that the school closed.", []string{"hedge:many"}, "no equative: the vague quantity stands"},
		{"for some reason", "For some reason the ferry left early.", nil, "the event is asserted and only its cause said to be unknown: no count, no hidden source"},
		{"for some odd reason", "The clerk, for some odd reason, kept the letter.", nil, "an adjective between some and reason"},
		{"some reasons", "Some reasons for the delay were never given.", []string{"hedge:Some"}, "a vague quantifier that counts reasons stays a hedge"},
		{"approximately before a number", "The fire burned approximately 400 acres.", nil, "an approximator before a number rounds it, as about does"},
		{"approximately before a sum", "The sale fetched approximately $274 million.", nil, "before a sum of money too"},
		{"more likely", "Younger drivers are more likely to be stopped.", nil, "a comparison of chances, stated as fact"},
		{"likely alone", "The dam is likely to fail.", []string{"hedge:likely"}, "the writer's estimate of one event"},
		{"as possible", "Keep the tension as uniform as possible across the leg.", nil, "the idiom of a comparison"},
		{"an estimated", "An estimated 400 people fled.", []string{"hedge:An estimated"}, "an estimate is someone's"},
		{"named source suggests", "Loomis suggests that the tale is older.", nil, "a named source's guess, reported by its speculative cue, is not the writer's hedge"},
		{"pronoun source suggests", "Ann Lee spoke on Monday. She suggested that the tale is older.", nil, "a pronoun resolved to a named person: her guess, reported by its cue, as a name's is"},
		{"he suggested", "The tale is not as old as he suggested.", nil, "he names one person, if unresolved: the guess is his, not the writer's"},
		{"seemed to confirm", "Ann Lee spoke on Monday. She seemed to confirm the leak.", []string{"hedge:seemed"}, "a raising verb: the writer's estimate of what she did"},
		{"it suggests", "There is little that suggests the tale is older.", []string{"hedge:suggests"}, "a relative pronoun of no one: the writer's own hedge"},
		{"appeared to say", "Ann Lee appeared to say that the tale is older.", []string{"hedge:appeared to"}, "a raising verb before the cue is the writer's estimate of what she did: it stays a hedge"},
		{"there's no question", "There's no question the plan failed.", []string{"booster:There's no question"}, "certainty asserted before a clause without that"},
		{"made it clear", "The senator has made it clear that she will run.", nil, "the cue make clear reports how firmly she said it: the firmness is hers, not the writer's certainty"},
		{"it is clear", "It is clear that the plan failed.", []string{"booster:clear that"}, "the writer's own certainty, no one's cue"},
		{"nor is it clear", "Nor is it clear that the plan works.", nil, "a negation before the adjective's verb denies the certainty"},
		{"no questions from", "The mayor took no questions about the plan.", nil, "questions asked, none taken: no certainty asserted"},
		{"there were no questions", "There were no questions about the plan.", nil, "the plural counts questions asked, it asserts no certainty"},
		{"group in a passive state", "Unnamed people are threatened.", nil, "the subject of a passive state, not of a claim: no one's word"},
		{"group very threatened", "Critics are very threatened by his lead.", nil, "a degree adverb before the participle: a state, not a claim"},
		{"group in a progressive", "Critics are asking for a recount.", []string{"vague-source:Critics"}, "a progressive is the group's own act of asking: a claim"},
		{"group after with", "The mayor celebrated with supporters, declaring victory.", nil, "the object of a preposition: the participle's subject is the mayor"},
		{"group after among", "She became the leading voice among officials for a concern about rates.", nil, "the object of among is no claimant"},
		{"according to a group", "The plan failed, according to critics.", []string{"vague-source:critics"}, "the object of according to is the source"},
		{"group passive then a claim", "Critics, who were invited, argue the plan fails.", []string{"vague-source:Critics"}, "a claim after the passive of a relative clause still has the group for its subject"},
		{"anonymous source suggests", "Some scholars suggest that the tale is older.", []string{"vague-source:Some scholars", "hedge:suggest"}, "a vague source's guess stays a hedge"},
		{"often considered", "Dueling is often considered an inferior form of play.", []string{"hedge:often considered"}, "an agentless judgement generalized by a frequency word: an opinion no one is named as holding"},
		{"passive with its agent", "The island was considered by the government as a storage site.", nil, "the judgement's holder is named"},
		{"viewed as", "The court was viewed as favorable to debtors.", []string{"hedge:was viewed as"}, "an agentless judgement, as regarded as"},
		{"viewed as by", "The court was viewed as favorable by the lenders.", nil, "the judgement's holder is named"},
		{"it has been observed", "It has been observed that the dam leaks.", []string{"hedge:It has been observed"}, "an impersonal report, as it is said: no one is named as observing"},
		{"it's been alleged", "Recently, it's been alleged that the mayor left early.", []string{"hedge:it's been alleged"}, "the clitic form of it has been alleged"},
		{"traditionally regarded as", "The battle is traditionally regarded as the founding.", []string{"hedge:traditionally regarded as"}, "a judgement generalized to an unnamed tradition"},
		{"passive without one", "The island was considered a storage site.", []string{"hedge:was considered"}, "a judgement no one is named as holding"},
		{"considered after a condition", "If a ship flies no flag, it is considered stateless.", nil, "a rule's classification of its case (X counts as Y under C), not an opinion held by no one named"},
		{"considered after if and then", "If a ship flies two flags then it is regarded as stateless.", nil, "the condition closed by then: the same rule"},
		{"considered after a late condition", "The ship is considered stateless if it flies no flag.", []string{"hedge:is considered"}, "the condition does not open the sentence: the judgement is read as any other"},
		{"considered in a conditional's condition", "If the ship is considered stateless, the navy will board it.", []string{"hedge:is considered"}, "the judgement is inside the condition, not its consequence"},
		{"thought after a condition", "If the dam holds, the town is thought safe.", []string{"hedge:is thought"}, "a verb of belief, not of classing: an opinion no one is named as holding"},
		{"often alone", "The bus is often late.", nil, "a frequency word alone says how often, not how sure"},
		{"the month May", "The dam failed in May.", nil, "May the month"},
		{"for certain principles", "The party stood for certain principles.", nil, "certain before its noun picks some out; it asserts nothing"},
		{"know for certain", "We know for certain that the dam held.", []string{"booster:for certain"}, "for certain with no noun after it asserts certainty"},
		{"the writer does not know", "We don't know what caused the leak.", []string{"hedge:We don't know"}, "the writer's own uncertainty"},
		{"unattributed repute", "It is the most popular song of the year.", []string{"hedge:most popular"}, "a ranking no one is named as holding"},
		{"ranked repute", "It is the third most popular song of the year.", nil, "an ordinal gives a place in a measured ranking, not a reputation"},
		{"ranked in figures", "The firm was the 12th most successful bank in 2019.", nil, "the ordinal in figures"},
		{"how many", "How many people were hurt remains unknown.", nil, "how many asks for a number"},
		{"some before a number", "The festival drew some 1,500 visitors.", nil, "a quantifier before a number rounds the count, as about does; it hides no source"},
		{"several before a number word", "He welcomed several hundred guests.", nil, "a number in words is rounded as one in figures is"},
		{"approximately before a number word", "Ovulation is confirmed approximately seven days later.", nil, "an approximator before a number word rounds it"},
		{"some before a noun", "Some scholars doubt the date.", []string{"vague-source:Some scholars", "hedge:doubt"}, "a vague quantity of people"},
		{"inflected superlative", "The mill is one of the largest employers in the state.", []string{"hedge:one of the largest"}, "a ranking no one is named as vouching for"},
		{"possessive superlative", "The port is one of its most valuable assets.", []string{"hedge:one of its most valuable"}, "the same ranking after a possessive"},
		{"no superlative", "She is one of the guest speakers.", nil, "a noun ending in est ranks nothing"},
		{"among the superlative", "The mill is among the largest employers in the state.", []string{"hedge:among the largest"}, "membership of a top group no one is named as vouching for, as one of the largest"},
		{"amongst the most", "The miners were amongst the most generous donors.", []string{"hedge:amongst the most generous"}, "the British form of the listed among the most"},
		{"among the listed", "The mill is among the most profitable in the state.", []string{"hedge:among the most"}, "the listed phrase keeps its span"},
		{"among no superlative", "She sat among the guest speakers.", nil, "a noun ending in est ranks nothing"},
		{"many still hedges", "Many people were hurt.", []string{"vague-source:Many people"}, "a vague quantity of people"},
		{"little doubt", "There is little doubt the dam failed.", []string{"booster:little doubt"}, "certainty, not doubt"},
		{"no doubt", "There is no doubt the dam failed.", []string{"booster:There is no doubt"}, "certainty, not doubt"},
		{"booster in a question", "Do you really see the two as equal?", nil, "a question asks how sure someone is; it asserts no certainty"},
		{"negated booster", "The voters don't really trust the polls.", nil, "a negated booster denies a degree: no certainty asserted"},
		{"booster not negated", "The polls really missed the swing.", []string{"booster:really"}, "the writer's own certainty"},
		{"booster in a condition", "If indeed the dam failed, the town is at risk.", nil, "a condition supposes; it asserts no certainty"},
		{"undoubtedly", "The dam undoubtedly failed.", []string{"booster:undoubtedly"}, ""},
		{"some doubt", "There is some doubt the dam failed.", []string{"hedge:some", "hedge:doubt"}, "doubt itself is still a hedge"},
		{"record without a frame", "He vowed to correct the public record.", nil, "the record is what he corrects, not evidence"},
		{"records in a frame", "Public records show the dam failed.", []string{"evidence-supported:Public records show"}, ""},
		{"records after a frame", "The dam failed, according to public records.", []string{"evidence-supported:according to public records"}, ""},
		{"records and a verb", "Public records obtained by the paper list the failure.", []string{"evidence-supported:Public records", "evidence-supported:records obtained by"}, "an evidence verb follows"},
		{"overlapping hedges", "It appears to work.", []string{"hedge:It appears"}, "hedges that overlap are one finding"},
		{"scare quote after a verb of thinking", "I think the “experts” are wrong.", []string{"hedge:I think", "scare-quote:“experts”"}, "a verb of thinking introduces no quotation"},
		{"group mentioned", "The law protects researchers and their data.", nil, "researchers are not the source of anything here"},
		{"group as subject", "Officials fear a leak.", []string{"vague-source:Officials"}, "the source of a claim"},
		{"group after a clause word", "The dam failed, but experts doubt the cause.", []string{"vague-source:experts", "hedge:doubt"}, "subject of a clause and a cue"},
		{"group as object", "He met one of his critics.", nil, "an object, not a source"},
		{"role in apposition to a name", "Harold Doley, a banker and former Reagan administration official, spoke.", nil, "the phrase describes a named man"},
		{"group after a place", "In Ohio, the officials said the plan failed.", []string{"vague-source:officials"}, "a place before the comma is no name the phrase describes"},
		{"role before a name", "Activist Angela Davis spoke to the crowd.", nil, "a role before the name of the person it describes"},
		{"group before a named appositive", "Another critic, Laurence Tribe, likened the rules to a fire.", nil, "the critic is named"},
		{"group and a preposition", "They may be the only elected officials in this fight who read the study.", []string{"hedge:may"}, "in is no cue: a cue phrase that opens with a preposition ('in the words of') names a source, not a claim its subject makes"},
		{"group and a copula", "The effect he has on his supporters is scary.", nil, "is is no cue: the auxiliary of a hedging phrase ('is suspected of') is not its verb"},
		{"group as subject of no claim", "Residents deserve a vote.", nil, "the subject of a wish of the writer's, not the source of a claim"},
		{"modified group mentioned", "The mayor met government officials on Tuesday.", nil, "a group named with a modifier is a role, as officials alone is: no source here"},
		{"modified group as source", "Government officials said the dam held.", []string{"vague-source:Government officials"}, "the source of a claim"},
		{"modified group as subject of a claim", "Senior officials fear a leak.", []string{"vague-source:Senior officials"}, "the subject of a cue"},
		{"quantified group mentioned", "The mayor met many experts on Tuesday.", []string{"vague-source:many experts"}, "a vague quantifier makes the phrase a weasel by itself"},
		{"most critical", "The most critical vote comes on Tuesday.", nil, "an adjective that shares the stem of critics is no group"},
		{"most critics", "Most critics panned the film.", []string{"vague-source:Most critics"}, "the quantified group, in its own form"},
		{"was criticized", "The plan was criticized as too costly.", []string{"vague-source:was criticized"}, "an agentless passive of criticism in the past, as has been criticized: criticism no one is named as holding"},
		{"adverb in a weasel passive", "The plan has also been criticized.", []string{"vague-source:has also been criticized"}, "an adverb after the auxiliary leaves the listed phrase what it is"},
		{"adverb before the participle", "The plan has been strongly criticized.", []string{"vague-source:has been strongly criticized"}, "the same after been"},
		{"adverb in a hedge phrase", "It is also possible that the dam failed.", []string{"hedge:It is also possible"}, "it is possible, with also after is"},
		{"still viewed as", "The dam is still viewed as safe.", []string{"hedge:is still viewed as"}, "be viewed as, with still after is"},
		{"also said to", "The mayor is also said to have left early.", []string{"hedge:is also said to"}, "is said to, with also after is"},
		{"adverb that is a finding", "The plan was widely seen as a failure.", []string{"vague-source:widely seen as"}, "an adverb with a finding of its own is not passed over: the weasel keeps its span"},
		{"negation is no gap", "The dam is not considered safe.", nil, "not denies the judgement: it is not passed over"},
		{"known to a noun phrase", "The poet is known to us through a single letter.", nil, "to before a noun phrase names who knows: no claim generalized"},
		{"known to an infinitive", "Cats are known to attack birds.", []string{"vague-source:are known to"}, "a claim about what something does, held by no one named"},
		{"close to a noun phrase", "People close to the senator said he would run.", []string{"vague-source:People close to"}, "an anonymity formula takes its noun phrase"},
		{"are criticised", "The rules are criticised for their cost.", []string{"vague-source:are criticised"}, "the same in the present, British spelling"},
		{"criticized by its agent", "The plan was criticized by the Senate.", nil, "the passive names who criticized it"},
		{"has been criticized by its agent", "The plan has been criticized by Senator Reed.", nil, "a named agent, as for a hedge phrase"},
		{"group as subject of a later cue", "Advocates of the new method claim it works.", []string{"vague-source:Advocates"}, "the subject of a claim a few words on"},
		{"partial quote", "She said the plan was “a disgrace” and left.", []string{"loaded:disgrace"}, "the speaker's own words inside her reported content: a partial quote, not a scare quote"},
		{"kind of attack", "Terrorist attacks rose last year.", nil, "a label classifying an event names its kind, not a verdict"},
		{"conspiracy theory", "He spread a conspiracy theory about the vote.", nil, "the name of a kind of idea"},
		{"label on people", "The regime jailed the terrorists.", []string{"loaded:regime", "loaded:terrorists"}, "a label on people is the writer's verdict"},
		{"scare quote", "The navy sank a boat of “terrorists” on Tuesday.", []string{"scare-quote:“terrorists”", "loaded:terrorists"}, "no one is reported as saying it"},
		{"title with small words", "She starred in “Parks and Recreation” for years.", nil, "a title, capitalized but for its small words, names a show: no scare quote"},
		{"name with an article", "The group “Keep the Promise” spent heavily.", nil, "a name with a lower-case article inside"},
		{"lower-case first word", "Donors gave to “the Promise” in May.", []string{"scare-quote:“the Promise”"}, "a small word first is no title's: the writer's distance stays"},
		{"exclamation", "The crowd chanted “Lock her up!” for minutes.", nil, "an exclamation is what was cried, not a word kept at a distance"},
		{"question quoted", "The front page asked only “Who cares?” on Monday.", nil, "a question quoted is an utterance"},
		{"pronoun clause", "Marchers wore “We are Orlando” shirts.", nil, "a clause with its subject pronoun and verb is an utterance, a slogan"},
		{"term kept at a distance", "The “experts” met on Monday.", []string{"scare-quote:“experts”"}, "a noun with no verb: the writer's distance from a word"},
		{"term mentioned", "The term “caravan” now means any group of migrants.", nil, "the quotation is named as words by the noun before it: a mention, neither a scare quote nor the writer's use of a loaded word"},
		{"word mentioned", "He has used the word “hoax” for months.", nil, "a loaded word mentioned, not used"},
		{"title after its maker", "DuVernay's “13th” traces the prison system.", nil, "a quotation after a possessive name is the title of a work"},
		{"title after a work noun", "The documentary “Hidden Costs” opened on Friday.", nil, "named as a work"},
		{"known as", "It became known as the “Buffett rule” in 2011.", nil, "named by a verb of naming"},
		{"category of", "Janitors fall in the category of “essential infrastructure” now.", nil, "named as a category"},
		{"euphemisms like", "The show used euphemisms like “urban crime” for years.", nil, "named as words by the noun before 'like'"},
		{"phrases such as", "Officials avoid phrases such as “mass shooting” now.", nil, "named as words by the noun before 'such as'"},
		{"as the word", "The dictionary chose “climate emergency” as the word of the year.", nil, "named as words by 'as' and a mention noun after it"},
		{"as its motto", "The party adopted “forward together” as its motto.", nil, "named as words by 'as' and a mention noun after it"},
		{"as its motto after a comma", "The party adopted “forward together,” as its motto.", nil, "the comma inside the quotation does not part it from the mention noun after as"},
		{"as an argument", "The party adopted “forward together” as an argument.", []string{"scare-quote:“forward together”"}, "'as' without a mention noun names nothing as words"},
		{"boldfaced lie", "He called the report a boldfaced lie.", []string{"loaded:lie"}, "the charge of lying"},
		{"lying about", "The aide was lying about the meeting.", []string{"loaded:lying"}, "the verb of telling lies"},
		{"lies ahead", "The hardest part lies ahead for the party.", nil, "the verb of place, before a word of direction"},
		{"lying on", "Debris was lying on the road.", nil, "the verb of place, before a preposition of place"},
		{"surname", "The moderator, who was Dana Bash of the network, pressed her to release the transcripts.", nil, "a capitalized word after another, in a sentence in lower case, is part of a name"},
		{"headline case", "Senator Slams Mayor Over Budget Cuts", []string{"loaded:Slams"}, "a headline's title case names no one: the word is used"},
		{"capitals shout", "He wrote that this is about RADICAL ISLAMIC TERROR and little else.", []string{"loaded:RADICAL", "loaded:TERROR"}, "words in capitals are shouted, not a name"},
		{"declined on the record", "One aide declined to speak on the record about the plan.", nil, "support withheld: the aide would not be named"},
		{"on the record", "The mayor said on the record that the plan failed.", []string{"evidence-supported:on the record"}, "a statement made on the record"},
		{"fact-checkers", "The fact-checkers at the paper were busy on Monday.", nil, "a noun of the trade, not a claim that was checked"},
		{"fact-checked", "Each claim in the ad was fact-checked by the paper.", []string{"evidence-supported:fact-checked"}, "a claim that was checked"},
		{"mass metaphor of mail", "The senator was inundated with angry email.", nil, "a state of receiving much: the ordinary sense, no people are dehumanized"},
		{"mass metaphor of people", "The town was inundated with migrants.", []string{"loaded:inundated"}, "said of people, the metaphor of a flood dehumanizes them"},
		{"influx of cash", "An influx of cash saved the paper.", nil, "a noun of mass said of money"},
		{"influx of people", "An influx of refugees reached the island.", []string{"loaded:influx"}, "said of people"},
		{"active flood of things", "Cartels plan to inundate the city with cocaine.", []string{"loaded:inundate"}, "an act of flooding with things exaggerates a quantity (loaded/exaggeration)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Analyze(tt.text)
			require.NoError(t, err)
			var got []string
			for _, s := range r.Statements {
				got = append(got, describe(s.Findings)...)
			}
			assert.Equal(t, tt.want, got, tt.reason)
		})
	}
}

// TestMassMetaphorRule checks the class a metaphor of mass or vermin is
// reported under: dehumanizing when said of people, an exaggeration of
// quantity when an act floods a place with things.
func TestMassMetaphorRule(t *testing.T) {
	tests := []struct{ name, text, rule, reason string }{
		{"of people", "The town was inundated with migrants.", "loaded/dehumanizing", "people are likened to a flood"},
		{"of things", "Cartels plan to inundate the city with cocaine.", "loaded/exaggeration", "a quantity of things is made a flood"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Analyze(tt.text)
			require.NoError(t, err)
			var rules []string
			for _, s := range r.Statements {
				for _, f := range s.Findings {
					rules = append(rules, f.Rule)
				}
			}
			assert.Equal(t, []string{tt.rule}, rules, tt.reason)
		})
	}
}

// TestVerbForm checks that a verb entry's stem stands for the verb's own
// forms, regular or not, and not for the nouns and adjectives derived
// from it.
func TestVerbForm(t *testing.T) {
	tests := []struct {
		norm, term string
		want       bool
	}{
		{"suggests", "suggest", true},
		{"implies", "imply", true},
		{"implied", "imply", true},
		{"admitted", "admit", true},
		{"suggestion", "suggest", false},
		{"suggestive", "suggest", false},
		{"speculation", "speculate", false},
		{"derives", "derive", true}, // the term's own -ive is no suffix
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, verbForm(tt.norm, tt.term), "%s / %s", tt.norm, tt.term)
	}
}

// TestGappedMatchesSpans checks that a phrase an adverb interrupts is
// found in the sentence it stands in, with its span in the text, when
// several sentences have such adverbs and others have none.
func TestGappedMatchesSpans(t *testing.T) {
	text := "The dam held. The plan has also been criticized. Rain fell. It is still possible that it leaks, and it is now considered unsafe."
	r, err := Analyze(text)
	require.NoError(t, err)
	var got []string
	for _, s := range r.Statements {
		for _, f := range s.Findings {
			assert.Equal(t, f.Text, text[f.Start:f.End])
			got = append(got, s.Text[:4]+":"+f.Text)
		}
	}
	assert.Equal(t, []string{"The :has also been criticized", "It i:It is still possible", "It i:is now considered"}, got)
}
