using Intake.Dialogs.Understanding;
using Xunit.Abstractions;

namespace Intake.UnitTests.Dialogs.Understanding;

/// <summary>Precision and recall per concept over the corpus (a concept counts when read with the expected context).</summary>
public sealed class UnderstandingScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_EveryEmergencyAndCrisisConcept_HasFullRecall()
    {
        var lines = CorpusLine.ReadAll(Path.Combine(AppContext.BaseDirectory, "Dialogs", "Understanding", "corpus.txt"));
        var scores = UnderstandingData.Reader.Concepts.ToDictionary(c => c.Id, _ => (Hit: 0, Missed: 0, Extra: 0));
        foreach (var line in lines)
        {
            var expected = CorpusLine.Expectations(line.Expected).ToHashSet();
            var read = UnderstandingData.Reader.Read(line.Text, line.Language).Select(m => (m.ConceptId, m.Context)).ToHashSet();
            foreach (var item in expected.Union(read))
            {
                var (hit, missed, extra) = scores[item.Item1];
                scores[item.Item1] = expected.Contains(item) && read.Contains(item) ? (hit + 1, missed, extra)
                    : expected.Contains(item) ? (hit, missed + 1, extra) : (hit, missed, extra + 1);
            }
        }

        output.WriteLine($"{"concept",-22} {"found",5} {"missed",6} {"extra",5} {"precision",9} {"recall",6}");
        foreach (var (id, (hit, missed, extra)) in scores.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{id,-22} {hit,5} {missed,6} {extra,5} {Ratio(hit, hit + extra),9} {Ratio(hit, hit + missed),6}");
        }

        var alarms = UnderstandingData.Reader.Concepts.Where(c => c.Kind is ConceptKind.Emergency or ConceptKind.Crisis).Select(c => c.Id);
        Assert.All(alarms, id => Assert.Equal(0, scores[id].Missed));
    }

    private static string Ratio(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:F0} %";
}
