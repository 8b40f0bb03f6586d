using Intake.Dialogs.Understanding;

namespace Intake.UnitTests.Dialogs.Understanding;

public sealed class EnglishStemmerTests
{
    private static readonly EnglishStemmer Stemmer = new();

    // Pairs from the published Porter2 description and its sample vocabulary.
    [Theory]
    [InlineData("consign", "consign")]
    [InlineData("consigned", "consign")]
    [InlineData("consigning", "consign")]
    [InlineData("consignment", "consign")]
    [InlineData("consist", "consist")]
    [InlineData("consisted", "consist")]
    [InlineData("consistency", "consist")]
    [InlineData("consistent", "consist")]
    [InlineData("consistently", "consist")]
    [InlineData("consolation", "consol")]
    [InlineData("console", "consol")]
    [InlineData("consoling", "consol")]
    [InlineData("consolingly", "consol")]
    [InlineData("conspicuous", "conspicu")]
    [InlineData("conspiracy", "conspiraci")]
    [InlineData("conspirator", "conspir")]
    [InlineData("constable", "constabl")]
    [InlineData("constancy", "constanc")]
    [InlineData("knack", "knack")]
    [InlineData("knackeries", "knackeri")]
    [InlineData("kneaded", "knead")]
    [InlineData("kneeling", "kneel")]
    [InlineData("knees", "knee")]
    [InlineData("knightly", "knight")]
    [InlineData("knitted", "knit")]
    [InlineData("knives", "knive")]
    [InlineData("knocker", "knocker")]
    [InlineData("abbreviation", "abbrevi")]
    [InlineData("devised", "devis")]
    [InlineData("generously", "generous")]
    [InlineData("generate", "generat")]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "tie")]
    [InlineData("cries", "cri")]
    [InlineData("gas", "gas")]
    [InlineData("gaps", "gap")]
    [InlineData("running", "run")]
    [InlineData("hopping", "hop")]
    [InlineData("hoping", "hope")]
    [InlineData("agreed", "agre")]
    [InlineData("happy", "happi")]
    [InlineData("dying", "die")]
    [InlineData("skies", "sky")]
    [InlineData("news", "news")]
    [InlineData("early", "earli")]
    [InlineData("succeeding", "succeed")]
    [InlineData("zu", "zu")]
    public void Stem_PublishedPair_GivesPublishedStem(string word, string stem)
        => Assert.Equal(stem, Stemmer.Stem(word));

    [Theory]
    [InlineData("breathing", "breathe")]
    [InlineData("hurting", "hurts")]
    [InlineData("spasms", "spasm")]
    [InlineData("cramping", "cramps")]
    [InlineData("fainted", "fainting")]
    [InlineData("numbness", "numb")]
    public void Stem_InflectedForms_MeetAtOneStem(string one, string other)
        => Assert.Equal(Stemmer.Stem(one), Stemmer.Stem(other));

    [Fact]
    public void Stem_WordWithDigits_ComesBackUnchanged()
        => Assert.Equal("7/10", Stemmer.Stem("7/10"));
}
