using Intake.Dialogs.Understanding;

namespace Intake.UnitTests.Dialogs.Understanding;

/// <summary>Context scope and the safety rules, on the real lexicon.</summary>
public sealed class ClinicalReaderTests
{
    private static ConceptMention Only(string text, string concept, string language = "en")
        => Assert.Single(UnderstandingData.Reader.Read(text, language), m => m.ConceptId == concept);

    [Fact]
    public void Read_WordsApartInAnyOrder_FindTheConcept()
        => Assert.True(Only("it hurts right in the middle of my chest", "chest-pain").IsAffirmed);

    [Fact]
    public void Read_NegationBeforeTermination_DoesNotReachTheNextClause()
    {
        var mentions = UnderstandingData.Reader.Read("no chest pain, but my left arm is numb", "en");

        Assert.Equal(MentionContext.Negated, mentions.Single(m => m.ConceptId == "chest-pain").Context);
        Assert.True(mentions.Single(m => m.ConceptId == "limb-numbness").IsAffirmed);
    }

    [Fact]
    public void Read_NegationScope_EndsAtTheSentence()
        => Assert.True(Only("no fever. i cant breathe", "breathing-difficulty").IsAffirmed);

    [Fact]
    public void Read_PseudoTrigger_IsNotANegation()
        => Assert.True(Only("not only my back, my chest hurts too", "chest-pain").IsAffirmed);

    [Fact]
    public void Read_NegatedWordInsideTheConcept_IsNotATrigger()
        => Assert.True(Only("i cant breath right", "breathing-difficulty").IsAffirmed);

    [Fact]
    public void Read_DoubtAndDenial_IsUncertainNotNegated()
        => Assert.Equal(MentionContext.Uncertain, Only("i dont think i have chest pain", "chest-pain").Context);

    [Fact]
    public void Read_Question_IsUncertain()
        => Assert.True(Only("is it normal that i cant feel my legs?", "both-legs-weak").IsPossible);

    [Fact]
    public void Read_OtherPersonSaysPatientHasIt_IsThePatients()
        => Assert.True(Only("my daughter says i have a crooked mouth", "face-droop").IsAffirmed);

    [Fact]
    public void Read_OtherPersonInThePast_IsOtherAndHistorical()
        => Assert.Equal(MentionContext.Other | MentionContext.Historical, Only("my dad had a stroke last year", "one-side-weakness").Context);

    [Fact]
    public void Read_ResolvedAfterBut_IsHistorical()
        => Assert.True(Only("had a fever last month but its gone", "fever").Has(MentionContext.Historical));

    [Fact]
    public void Read_Hypothetical_IsHypothetical()
        => Assert.Equal(MentionContext.Hypothetical, Only("what if i cant breathe", "breathing-difficulty").Context);

    [Fact]
    public void Read_OneTypoInALongWord_IsTolerated()
        => Assert.True(Only("i have numbess in my groin", "saddle-numbness").IsAffirmed);

    [Fact]
    public void Read_KnownWordOneTypoAway_IsNotCorrected()
        => Assert.DoesNotContain(UnderstandingData.Reader.Read("i want to cancel my appointment", "en"), m => m.ConceptId == "cancer-history");

    [Fact]
    public void Read_SpanishYesWithAccent_IsNotAConditional()
        => Assert.True(Only("sí, me duele el pecho", "chest-pain", "es").IsAffirmed);

    [Fact]
    public void Read_Mention_KnowsWhereItWasWritten()
    {
        const string text = "ok so my chest hurts";

        var mention = Only(text, "chest-pain");

        Assert.Equal("chest hurts", text.Substring(mention.Span.Offset, mention.Span.Length));
    }

    [Theory]
    [InlineData("my legs feel weak", "en")]
    [InlineData("siento las piernas debiles", "es")]
    public void Read_PossiblePattern_IsAskedAboutNotAffirmed(string text, string language)
        => Assert.True(Only(text, "both-legs-weak", language).IsPossible);

    [Fact]
    public void Read_PossiblePattern_KeepsItsDenial()
        => Assert.Equal(MentionContext.Negated, Only("my legs arent weak", "both-legs-weak").Context);

    [Theory]
    [InlineData("my chest doesnt hurt but it feels tight", "en")]
    [InlineData("no me duele el pecho pero lo siento apretado", "es")]
    public void Read_ClauseGoingOnAboutTheSameSubject_FinishesItsPattern(string text, string language)
    {
        var mentions = UnderstandingData.Reader.Read(text, language).Where(m => m.ConceptId == "chest-pain").ToList();

        Assert.Contains(mentions, m => m.Has(MentionContext.Negated));
        Assert.Contains(mentions, m => m.IsAffirmed);
    }

    [Fact]
    public void Read_ClauseAboutAnotherSubject_DoesNotFinishThePattern()
        => Assert.DoesNotContain(UnderstandingData.Reader.Read("my chest doesnt hurt but my back is tight", "en"), m => m.ConceptId == "chest-pain" && m.IsAffirmed);

    [Theory]
    [InlineData("my chest hurts but it stops when i rest", "en")]
    [InlineData("me duele el pecho pero se me quita al descansar", "es")]
    public void Read_PresentTenseEasing_IsNotOver(string text, string language)
        => Assert.True(Only(text, "chest-pain", language).IsAffirmed);

    [Fact]
    public void Read_UnknownLanguage_ReadsEnglish()
        => Assert.True(Only("chest pain", "chest-pain", "fr-FR").IsAffirmed);

    [Fact]
    public void Read_EmptyText_FindsNothing()
        => Assert.Empty(UnderstandingData.Reader.Read("  ", "en"));
}
