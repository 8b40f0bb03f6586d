using Intake.Dialogs.Yaml;
using YamlDotNet.RepresentationModel;

namespace Intake.Dialogs.Understanding;

/// <summary>Reads concepts.yaml: the concept ids every language must cover, and what each means for the intake.</summary>
internal static class ConceptFileReader
{
    private static readonly string[] Keys = ["id", "kind", "about", "hides"];

    public static IReadOnlyList<ConceptDefinition> Read(string path)
    {
        var (yaml, root) = YamlFile.Load(path);
        yaml.OnlyKeys(root, ["concepts"]);
        if (YamlFile.Child(root, "concepts") is not YamlSequenceNode list || list.Children.Count == 0)
        {
            throw yaml.Error(root, "'concepts' must be a non-empty list.");
        }

        var concepts = new List<ConceptDefinition>();
        foreach (var node in list.Children)
        {
            var map = yaml.Mapping(node, "each concept");
            yaml.OnlyKeys(map, Keys);
            var id = yaml.Scalar(map, "id");
            var kindName = yaml.Scalar(map, "kind");
            if (!Enum.TryParse<ConceptKind>(kindName.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var kind))
            {
                throw yaml.Error(map, $"concept '{id}' has the unknown kind '{kindName}' (use emergency, crisis, red-flag, symptom).");
            }

            if (concepts.Exists(c => c.Id == id))
            {
                throw yaml.Error(map, $"concept '{id}' is listed twice.");
            }

            _ = yaml.Scalar(map, "about");
            var hides = yaml.Texts(YamlFile.Child(map, "hides"), $"'hides' of '{id}'").Select(h => h.Text).ToList();
            concepts.Add(new ConceptDefinition(id, kind, hides));
        }

        foreach (var (concept, node) in concepts.Zip(list.Children))
        {
            var unknown = concept.Hides.FirstOrDefault(h => !concepts.Exists(c => c.Id == h));
            if (unknown is not null)
            {
                throw yaml.Error(node, $"concept '{concept.Id}' hides the unknown concept '{unknown}'.");
            }
        }

        return concepts;
    }
}
