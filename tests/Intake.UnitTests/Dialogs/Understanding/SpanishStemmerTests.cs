using Intake.Dialogs.Understanding;

namespace Intake.UnitTests.Dialogs.Understanding;

public sealed class SpanishStemmerTests
{
    private static readonly SpanishStemmer Stemmer = new();

    // Pairs from the published Snowball Spanish vocabulary (accents folded before stemming, as the layer does).
    [Theory]
    [InlineData("acercaron", "acerc")]
    [InlineData("chapoteaderos", "chapoteader")]
    [InlineData("lloraba", "llor")]
    [InlineData("pugilistica", "pugilist")]
    [InlineData("acerquen", "acerqu")]
    [InlineData("visionado", "vision")]
    [InlineData("algue", "algu")]
    [InlineData("generosamente", "gener")]
    [InlineData("acabado", "acab")]
    [InlineData("acabados", "acab")]
    [InlineData("acabar", "acab")]
    [InlineData("acabaron", "acab")]
    [InlineData("acabo", "acab")]
    [InlineData("rapidamente", "rapid")]
    [InlineData("felizmente", "feliz")]
    [InlineData("respiracion", "respir")]
    [InlineData("respirar", "respir")]
    [InlineData("quitarme", "quit")]
    [InlineData("vida", "vid")]
    [InlineData("pecho", "pech")]
    [InlineData("duele", "duel")]
    [InlineData("hablando", "habl")]
    [InlineData("chueca", "chuec")]
    [InlineData("fiebre", "fiebr")]
    public void Stem_PublishedPair_GivesPublishedStem(string word, string stem)
        => Assert.Equal(stem, Stemmer.Stem(word));

    [Theory]
    [InlineData("duele", "duelen")]
    [InlineData("respirar", "respiro")]
    [InlineData("hablar", "hablo")]
    [InlineData("desmaye", "desmayo")]
    [InlineData("calambre", "calambres")]
    public void Stem_InflectedForms_MeetAtOneStem(string one, string other)
        => Assert.Equal(Stemmer.Stem(one), Stemmer.Stem(other));
}
