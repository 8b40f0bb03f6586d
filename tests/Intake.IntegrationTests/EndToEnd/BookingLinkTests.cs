using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.EndToEnd;

/// <summary>With <c>Intake:BookingUrl</c> set, the result's clinic card offers booking beside the call.</summary>
public sealed class BookingLinkTests : IAsyncLifetime
{
    private IntakeHost _host = null!;

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start(new Dictionary<string, string?> { ["Intake:BookingUrl"] = "https://clinic.example/book" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Result_BookingConfigured_CardHasCallThenBookingLink()
    {
        var client = new BotClient(_host.Client, channelId: "webchat");

        var result = await IntakeScript.CompleteAsync(client);

        var card = result.Single(r => r.Attachments is { Count: > 0 }).Attachments![0].Content!.Value;
        var urls = card.GetProperty("actions").EnumerateArray().Where(a => a.TryGetProperty("url", out _)).Select(a => a.GetProperty("url").GetString()).ToList();
        Assert.Equal(["tel:+17033548111", "https://clinic.example/book"], urls);
    }

    [Fact]
    public void Start_BookingUrlNotHttps_HostRefusesToStart()
    {
        var error = Record.Exception(() => IntakeHost.Start(new Dictionary<string, string?> { ["Intake:BookingUrl"] = "http://clinic.example/book" }));

        Assert.NotNull(error);
        Assert.Contains("Intake:BookingUrl", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Result_TwoSitesConfigured_CardCallsEachSiteAndShowsItsAddressAndHours()
    {
        await using var host = IntakeHost.Start(new Dictionary<string, string?>
        {
            ["Intake:Sites:0:Name"] = "Falls Church",
            ["Intake:Sites:0:Phone"] = "+17035550101",
            ["Intake:Sites:0:Address"] = "100 Main St, Falls Church, VA",
            ["Intake:Sites:0:Hours"] = "Mon-Fri 8am-6pm",
            ["Intake:Sites:0:BookingUrl"] = "https://clinic.example/falls-church",
            ["Intake:Sites:1:Name"] = "Arlington",
            ["Intake:Sites:1:Phone"] = "+17035550102",
        });
        var client = new BotClient(host.Client, channelId: "webchat");

        var result = await IntakeScript.CompleteAsync(client);

        var card = result.Single(r => r.Attachments is { Count: > 0 }).Attachments![0].Content!.Value;
        var actions = card.GetProperty("actions").EnumerateArray().Where(a => a.TryGetProperty("url", out _)).Select(a => (a.GetProperty("title").GetString(), a.GetProperty("url").GetString())).ToList();
        Assert.Equal([("Call Falls Church", "tel:+17035550101"), ("Call Arlington", "tel:+17035550102"), ("Book at Falls Church", "https://clinic.example/falls-church")], actions);
        var text = string.Join("\n", card.GetProperty("body").EnumerateArray().Select(b => b.GetProperty("text").GetString()));
        Assert.Contains("Falls Church: (703) 555-0101. 100 Main St, Falls Church, VA. Mon-Fri 8am-6pm", text, StringComparison.Ordinal);
        Assert.Contains("Arlington: (703) 555-0102", text, StringComparison.Ordinal);
        Assert.Contains("When the clinic is closed", text, StringComparison.Ordinal);
    }
}
