using Intake.Dialogs.Understanding;

namespace Intake.UnitTests.Dialogs.Understanding;

/// <summary>
/// The development corpus (corpus.txt): patient phrasings with the concepts and context each must yield. A
/// line passes when every expected mention is read with exactly its attributes, and no emergency or crisis
/// concept that was not expected is read as affirmed or possible.
/// </summary>
public sealed class UnderstandingCorpusTests
{
    public static TheoryData<int, string, string, string> Lines()
    {
        var data = new TheoryData<int, string, string, string>();
        foreach (var line in CorpusLine.ReadAll(Path.Combine(AppContext.BaseDirectory, "Dialogs", "Understanding", "corpus.txt")))
        {
            data.Add(line.Number, line.Language, line.Text, line.Expected);
        }

        return data;
    }

    [Fact]
    public void Corpus_HasAtLeast600Lines_AThirdOfThemSpanish()
    {
        var lines = CorpusLine.ReadAll(Path.Combine(AppContext.BaseDirectory, "Dialogs", "Understanding", "corpus.txt"));

        Assert.True(lines.Count >= 600, $"{lines.Count} lines");
        Assert.True(lines.Count(l => l.Language == "es") * 3 >= lines.Count, "fewer than a third in Spanish");
    }

    [Fact]
    public void Corpus_EveryEmergencyAndCrisisConcept_IsAffirmedInFiveWordingsPerLanguage()
    {
        var lines = CorpusLine.ReadAll(Path.Combine(AppContext.BaseDirectory, "Dialogs", "Understanding", "corpus.txt"));
        var affirmed = lines
            .SelectMany(l => CorpusLine.Expectations(l.Expected).Where(e => e.Context == MentionContext.None).Select(e => (e.Concept, l.Language)))
            .GroupBy(e => e)
            .ToDictionary(g => g.Key, g => g.Count());

        var thin = UnderstandingData.Reader.Concepts.Where(c => c.Kind is ConceptKind.Emergency or ConceptKind.Crisis)
            .SelectMany(c => new[] { "en", "es" }.Select(language => (c.Id, language)))
            .Where(key => affirmed.GetValueOrDefault(key) < 5)
            .ToList();
        Assert.True(thin.Count == 0, "fewer than five wordings: " + string.Join(", ", thin));
    }

    [Fact]
    public void Corpus_NamesEveryEmergencyAndCrisisConcept()
    {
        var lines = CorpusLine.ReadAll(Path.Combine(AppContext.BaseDirectory, "Dialogs", "Understanding", "corpus.txt"));
        var named = lines.SelectMany(l => CorpusLine.Expectations(l.Expected)).Select(e => e.Concept).ToHashSet();

        Assert.All(
            UnderstandingData.Reader.Concepts.Where(c => c.Kind is ConceptKind.Emergency or ConceptKind.Crisis),
            concept => Assert.Contains(concept.Id, named));
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Read_CorpusLine_YieldsTheExpectedConceptsAndContext(int number, string language, string text, string expected)
    {
        var expectations = CorpusLine.Expectations(expected);

        var mentions = UnderstandingData.Reader.Read(text, language);

        var read = string.Join(", ", mentions.Select(m => $"{m.ConceptId}:{m.Context}"));
        foreach (var (concept, context) in expectations)
        {
            Assert.True(mentions.Any(m => m.ConceptId == concept && m.Context == context), $"line {number}: expected {concept}:{context}, read [{read}]");
        }

        var alarming = mentions.Where(m => m.Kind is ConceptKind.Emergency or ConceptKind.Crisis && (m.IsAffirmed || m.IsPossible))
            .Where(m => !expectations.Contains((m.ConceptId, m.Context)));
        Assert.False(alarming.Any(), $"line {number}: unexpected alarm, read [{read}]");
    }
}
