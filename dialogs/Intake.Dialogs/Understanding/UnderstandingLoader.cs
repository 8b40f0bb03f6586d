using Intake.Bots.Content;

namespace Intake.Dialogs.Understanding;

/// <summary>Loads Content/understanding: concepts.yaml and one lexicon file per language; fails at start-up on any bad file.</summary>
internal static class UnderstandingLoader
{
    public const string ConceptsFile = "concepts.yaml";

    public static ClinicalReader Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var concepts = ConceptFileReader.Read(Path.Combine(directory, ConceptsFile));
        var lexicons = new Dictionary<string, LanguageLexicon>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path) != ConceptsFile)
            {
                var lexicon = LexiconFileReader.Read(path, concepts);
                if (!lexicons.TryAdd(lexicon.Language, lexicon))
                {
                    throw new ContentException($"{Path.GetFileName(path)}:1: a second file for language '{lexicon.Language}'.");
                }
            }
        }

        return lexicons.ContainsKey("en")
            ? new ClinicalReader(concepts, lexicons)
            : throw new ContentException($"{ConceptsFile}:1: no English lexicon (en.yaml) beside it.");
    }
}
