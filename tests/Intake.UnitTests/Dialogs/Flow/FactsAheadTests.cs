using System.Text.Json;
using Intake.Bots.Content;
using Intake.Dialogs;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Flow;
using Intake.Schema;
using Intake.UnitTests.Bots.Dialogs;

namespace Intake.UnitTests.Dialogs.Flow;

public sealed class FactsAheadTests
{
    private static readonly Lazy<ContentCatalog> Content = new(() => ContentCatalog.Load(DialogsServiceCollectionExtensions.ContentRoot, DialogsServiceCollectionExtensions.Languages));

    [Theory]
    [InlineData("en-US", "yes. lower back spasms since last monday, each one lasts a few seconds, maybe 4/10, started after helping my buddy move a couch")]
    [InlineData("es-MX", "sí, tengo espasmos en la espalda baja desde el lunes, duran unos segundos, como un 4 de 10, empezó después de cargar cajas")]
    public async Task Explore(string locale, string text)
    {
        var harness = DialogHarness.ForBot(c => new IntakeBot(TestIntakeFlow.Create(c)), Content.Value, locale);
        await harness.SayAsync("hello");
        var lines = new List<string>();
        foreach (var said in new[] { text, "none", "40", "yes", "a few days", "no", "tight muscles", "none" })
        {
            lines.Add("USER: " + said);
            foreach (var r in await harness.SayAsync(said))
            {
                lines.Add("BOT [" + (r.ChannelData?.ToString() ?? "") + "]: " + r.Text);
            }
        }

        using var state = JsonDocument.Parse(await harness.StoredStateAsync());
        lines.Add(state.RootElement.GetProperty("answers").ToString());
        File.WriteAllLines("/tmp/ahead/" + locale + ".txt", lines);
    }
}
