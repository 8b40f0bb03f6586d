using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Intake.BrowserTests.Infrastructure;

/// <summary>The clinic's page as a patient uses it: read the progress, tap a suggested action, tick card choices, type.</summary>
public sealed class ChatPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Progress => Page.Locator("#progress");

    public ILocator Result => Page.Locator("#result");

    public ILocator ResultCall => Page.Locator("#result-call");

    public ILocator SendBox => Page.Locator("[data-id='webchat-sendbox-input']");

    /// <summary>Waits until the progress line says <paramref name="text"/>.</summary>
    public async Task ExpectProgressAsync(string text)
        => await Assertions.Expect(Progress).ToHaveTextAsync(text, new LocatorAssertionsToHaveTextOptions { Timeout = 20_000 });

    /// <summary>Taps the suggested action (the quick reply under the last message) with this exact label.</summary>
    public async Task TapAsync(string label)
        => await Page.Locator(".webchat__suggested-action").Filter(new LocatorFilterOptions { HasTextRegex = Exactly(label) }).ClickAsync();

    /// <summary>Taps the first suggested action on offer.</summary>
    public async Task TapFirstAsync() => await Page.Locator(".webchat__suggested-action").First.ClickAsync();

    /// <summary>Ticks these choices on the newest card and presses its button.</summary>
    public async Task TickAsync(string submit, params string[] choices)
    {
        var card = Page.Locator(".ac-adaptiveCard").Last;
        foreach (var choice in choices)
        {
            await card.GetByRole(AriaRole.Checkbox, new LocatorGetByRoleOptions { Name = choice, Exact = true }).CheckAsync();
        }

        await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = submit, Exact = true }).ClickAsync();
    }

    /// <summary>Ticks the newest card's first choice and presses its first button.</summary>
    public async Task TickFirstAsync()
    {
        var card = Page.Locator(".ac-adaptiveCard").Last;
        await card.GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await card.Locator(".ac-pushButton").First.ClickAsync();
    }

    /// <summary>Types an answer in the send box and sends it with Enter.</summary>
    public async Task TypeAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    /// <summary>How many bot messages contain <paramref name="text"/>.</summary>
    public async Task<int> CountAsync(string text) => await Page.Locator(".webchat__bubble__content").Filter(new LocatorFilterOptions { HasText = text }).CountAsync();

    public async Task ScreenshotAsync(string name)
        => await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, name + ".png"), FullPage = true });

    private static Regex Exactly(string label) => new($"^\\s*{Regex.Escape(label)}\\s*$");
}
