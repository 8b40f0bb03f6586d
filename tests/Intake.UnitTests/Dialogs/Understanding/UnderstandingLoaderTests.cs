using Intake.Bots.Content;
using Intake.Dialogs.Understanding;

namespace Intake.UnitTests.Dialogs.Understanding;

public sealed class UnderstandingLoaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("understanding").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Load_RealFiles_CoverEveryConceptInBothLanguages()
    {
        var reader = UnderstandingData.Reader;

        Assert.Contains(reader.Concepts, c => c.Id == "chest-pain" && c.Kind == ConceptKind.Emergency);
        Assert.Contains(reader.Concepts, c => c.Id == "self-harm" && c.Kind == ConceptKind.Crisis);
    }

    [Fact]
    public void Load_UnknownConceptInALanguage_FailsWithFileAndLine()
    {
        Write("en.yaml", Lexicon("en", "english", "  chest-pain: [chest + pain]\n  chest-pian: [chest]\n"));

        var error = Assert.Throws<ContentException>(() => UnderstandingLoader.Load(folder));

        Assert.StartsWith("en.yaml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("chest-pian", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ConceptMissingInALanguage_FailsNamingIt()
    {
        Write("en.yaml", Lexicon("en", "english", "  other-thing: [thing]\n"));

        var error = Assert.Throws<ContentException>(() => UnderstandingLoader.Load(folder));

        Assert.Contains("unknown concept 'other-thing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownKey_FailsWithItsLine()
    {
        Write("en.yaml", "language: en\nstemmer: english\nsynonyms: {}\n");

        var error = Assert.Throws<ContentException>(() => UnderstandingLoader.Load(folder));

        Assert.StartsWith("en.yaml:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PossibleNotTrueOrFalse_FailsWithItsLine()
    {
        Write("en.yaml", Lexicon("en", "english", "  chest-pain:\n    - match: chest + pain\n      possible: maybe\n"));

        var error = Assert.Throws<ContentException>(() => UnderstandingLoader.Load(folder));

        Assert.StartsWith("en.yaml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'possible' must be true or false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BrokenYaml_FailsWithFileAndLine()
    {
        Write("en.yaml", "language: en\nstemmer: [english\n");

        var error = Assert.Throws<ContentException>(() => UnderstandingLoader.Load(folder));

        Assert.StartsWith("en.yaml:", error.Message, StringComparison.Ordinal);
    }

    private void Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(folder, "concepts.yaml"), "concepts:\n  - id: chest-pain\n    kind: emergency\n    about: chest pain\n");
        File.WriteAllText(Path.Combine(folder, name), text);
    }

    private static string Lexicon(string language, string stemmer, string concepts)
    {
        const string context = "context:\n  negated: {before: [no]}\n  historical: {}\n  hypothetical: {}\n  other: {}\n  uncertain: {}\n";
        return $"language: {language}\nstemmer: {stemmer}\n{context}concepts:\n{concepts}";
    }
}
