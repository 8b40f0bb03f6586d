using Intake.Bots.Content;
using Intake.Dialogs.Triage;

namespace Intake.UnitTests.Dialogs.Triage;

public sealed class TriageRuleSetTests : IDisposable
{
    private const string Fallback = "  - id: no-concern\n    level: self-care\n    when: always\n    explain: triage.reasons.no-concern\n";
    private readonly string _folder = Directory.CreateTempSubdirectory("rules").FullName;

    [Fact]
    public void Load_RealRuleFile_LoadsEveryRuleWithAKnownExplanation()
    {
        var rules = IntakeContent.Rules;

        Assert.Equal(26, rules.Rules.Count);
        Assert.All(rules.Rules, r => Assert.True(IntakeContent.Catalog.Has(r.Explain), r.Id));
    }

    [Theory]
    [InlineData("    when: { field: moods, anyOf: [sad] }\n", "unknown field 'moods'", 5)]
    [InlineData("    when: { field: nerve, anyOf: [gout] }\n", "'gout' is not a code of 'nerve'", 5)]
    [InlineData("    when: { field: intensity, anyOf: [high] }\n", "'anyOf' cannot test 'intensity'", 5)]
    [InlineData("    when: { field: worsening, equals: maybe }\n", "must be true or false", 5)]
    [InlineData("    when: { field: intensity, atLeast: 12 }\n", "whole number from 0 to 10", 5)]
    [InlineData("    when: { field: duration, equals: long }\n    colour: red\n", "unknown key 'colour'", 6)]
    public void Load_BadCondition_ThrowsNamingFileAndLine(string when, string expected, int line)
    {
        var path = Write("rules:\n  - id: bad\n    level: appointment\n    explain: triage.reasons.severe-pain\n" + when + Fallback);

        var error = Assert.Throws<ContentException>(() => TriageRuleSet.Load(path, IntakeContent.Catalog));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{TriageRuleSet.FileName}:{line}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownLevel_ThrowsNamingTheLevel()
    {
        var path = Write("rules:\n  - id: bad\n    level: soonish\n    when: always\n    explain: triage.reasons.no-concern\n");

        var error = Assert.Throws<ContentException>(() => TriageRuleSet.Load(path, IntakeContent.Catalog));

        Assert.Contains("unknown level 'soonish'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{TriageRuleSet.FileName}:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ExplanationMissingFromContent_Throws()
    {
        var path = Write("rules:\n  - id: bad\n    level: urgent\n    when: { field: duration, equals: long }\n    explain: triage.reasons.nowhere\n" + Fallback);

        var error = Assert.Throws<ContentException>(() => TriageRuleSet.Load(path, IntakeContent.Catalog));

        Assert.Contains("'triage.reasons.nowhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateId_Throws()
    {
        var path = Write("rules:\n" + Fallback + Fallback);

        var error = Assert.Throws<ContentException>(() => TriageRuleSet.Load(path, IntakeContent.Catalog));

        Assert.Contains("used twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoSelfCareFallback_Throws()
    {
        var path = Write("rules:\n  - id: long\n    level: appointment\n    when: { field: duration, equals: long }\n    explain: triage.reasons.long-episodes\n");

        var error = Assert.Throws<ContentException>(() => TriageRuleSet.Load(path, IntakeContent.Catalog));

        Assert.Contains("when: always", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string yaml)
    {
        var path = Path.Combine(_folder, TriageRuleSet.FileName);
        File.WriteAllText(path, yaml);
        return path;
    }
}
