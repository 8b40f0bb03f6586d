using Intake.Dialogs.Answers;
using Intake.Dialogs.Triage;
using YamlDotNet.RepresentationModel;

namespace Intake.UnitTests.Dialogs.Triage;

/// <summary>The vignettes of vignettes.yaml: each patient gets the level a clinician chose for them.</summary>
public sealed class TriageVignetteTests
{
    private static readonly TriageEvaluator Evaluator = new(IntakeContent.Rules);

    public static TheoryData<string, string> Vignettes()
    {
        var data = new TheoryData<string, string>();
        foreach (var vignette in Load())
        {
            data.Add(((YamlScalarNode)vignette.Children["why"]).Value!, ((YamlScalarNode)vignette.Children["level"]).Value!);
        }

        return data;
    }

    [Fact]
    public void VignetteFile_HasAtLeast40_CoveringEveryLevel()
    {
        var levels = Load().Select(v => ((YamlScalarNode)v.Children["level"]).Value).ToList();

        Assert.True(levels.Count >= 70, $"{levels.Count} vignettes");
        Assert.All(CareLevelNames.All, level => Assert.Contains(level, levels));
    }

    [Theory]
    [MemberData(nameof(Vignettes))]
    public void Evaluate_Vignette_GivesTheClinicianLevel(string why, string expected)
    {
        var answers = Answers(Load().Single(v => ((YamlScalarNode)v.Children["why"]).Value == why));

        var result = Evaluator.Evaluate(answers);

        Assert.Equal(expected, result.Level.Name());
    }

    private static List<YamlMappingNode> Load()
        => [.. ((YamlSequenceNode)Root().Children["vignettes"]).Children.Cast<YamlMappingNode>()];

    private static YamlMappingNode Root()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Dialogs", "Triage", "vignettes.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IntakeAnswers Answers(YamlMappingNode vignette)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in (YamlMappingNode)Root().Children["base"])
        {
            values[((YamlScalarNode)key).Value!] = value;
        }

        foreach (var (key, value) in vignette.Children)
        {
            values[((YamlScalarNode)key).Value!] = value;
        }

        return new IntakeAnswers
        {
            Consent = true,
            Emergency = List(values["emergency"]),
            Age = Text(values["age"]),
            Locations = List(values["location"]),
            Duration = Text(values["duration"]),
            History = Text(values["history"]),
            Worsening = Text(values["worsening"]) is { } w ? bool.Parse(w) : null,
            Intensity = Text(values["intensity"]) is { } i ? int.Parse(i, System.Globalization.CultureInfo.InvariantCulture) : null,
            Symptoms = List(values["symptoms"]),
            Triggers = List(values["triggers"]),
            RedFlags = List(values["redflags"]),
            Nerve = List(values["nerve"]),
            Background = List(values["background"]),
        };
    }

    private static string? Text(YamlNode node) => node is YamlScalarNode { Value: { } v } && v != "null" ? v : null;

    private static List<string> List(YamlNode node) => [.. ((YamlSequenceNode)node).Children.Select(c => ((YamlScalarNode)c).Value!)];
}
