using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Intake.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Intake.BrowserTests;

/// <summary>A patient on the clinic's page, in Debian's chromium: the intake by tapping, ticking and typing, in English and Spanish.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ChatPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Page_EnglishPatientTapsTicksAndTypes_CompletesWithCareLevelAndCallLink()
    {
        var chat = new ChatPage(await browser.OpenAsync("en-US"));

        await chat.ExpectProgressAsync("Question 1 of 13");
        Assert.Equal(1, await chat.CountAsync("the muscle spasm helper for Primary Health Centers"));
        await chat.TapAsync("Yes");
        await chat.ExpectProgressAsync("Question 2 of 13");
        await chat.TickAsync("Send my answers", "None of these");
        await chat.ExpectProgressAsync("Question 3 of 13");
        await chat.TapAsync("18 to 49");
        await chat.ExpectProgressAsync("Question 4 of 13");
        await chat.TypeAsync("my calves and lower back");
        await chat.ExpectProgressAsync("Question 5 of 13");
        await chat.TapAsync("15 minutes or more");
        await chat.ExpectProgressAsync("Question 6 of 13");
        await chat.TypeAsync("since last week");
        await chat.ExpectProgressAsync("Question 7 of 13");
        await chat.TapAsync("Yes");
        await chat.ExpectProgressAsync("Question 8 of 13");
        await chat.TapAsync("8");
        await chat.ExpectProgressAsync("Question 9 of 13");
        await chat.TypeAsync("tight muscles and stiff knees");
        await chat.ExpectProgressAsync("Question 10 of 13");
        await chat.TypeAsync("when I'm hot and tired");
        await chat.ExpectProgressAsync("Question 11 of 13");
        await chat.TypeAsync("trouble with daily tasks");
        await chat.ExpectProgressAsync("Question 12 of 13");
        await chat.TypeAsync("foot cramps");
        await chat.ExpectProgressAsync("Question 13 of 13");
        await chat.TickAsync("Send my answers", "None of these");
        await chat.ExpectProgressAsync("Check your answers");
        await chat.TapAsync("Yes, that's right");

        await chat.ExpectProgressAsync("Done");
        await Assertions.Expect(chat.Result).ToBeVisibleAsync();
        await Assertions.Expect(chat.Result).ToHaveAttributeAsync("data-care-level", "urgent");
        await Assertions.Expect(chat.Result.Locator("h2")).ToHaveTextAsync("Call the clinic or a doctor today");
        await Assertions.Expect(chat.ResultCall).ToHaveAttributeAsync("href", "tel:+17033548111");

        // With no Intake:Sites the host renders the group's main number into the header; the result's button and the title read it from there.
        await Assertions.Expect(chat.ResultCall).ToHaveTextAsync("Call the clinic: (703) 354-8111");
        await Assertions.Expect(chat.Page.Locator("#clinic-phone")).ToHaveAttributeAsync("href", "tel:+17033548111");
        await Assertions.Expect(chat.Page).ToHaveTitleAsync("Muscle spasm check-in · Primary Health Centers");
        await chat.ScreenshotAsync("intake-english-finished");
    }

    [Fact]
    public async Task Page_ReloadMidIntake_ResumesAtTheSameQuestionWithOneWelcome()
    {
        var chat = new ChatPage(await browser.OpenAsync("en-US"));
        await chat.ExpectProgressAsync("Question 1 of 13");
        await chat.TapAsync("Yes");
        await chat.ExpectProgressAsync("Question 2 of 13");
        await chat.TickAsync("Send my answers", "None of these");
        await chat.ExpectProgressAsync("Question 3 of 13");
        await chat.TypeAsync("I'm 45");
        await chat.ExpectProgressAsync("Question 4 of 13");

        await chat.Page.ReloadAsync();

        await chat.ExpectProgressAsync("Question 4 of 13");
        await Assertions.Expect(chat.Page.GetByText("Where do you get the spasms?").Last).ToBeVisibleAsync();
        Assert.Equal(1, await chat.CountAsync("the muscle spasm helper for Primary Health Centers"));
        await chat.TypeAsync("my lower back");
        await chat.ExpectProgressAsync("Question 5 of 13");
    }

    [Fact]
    public async Task Page_SpanishBrowser_WelcomesInSpanishAndCompletesByTapping()
    {
        var chat = new ChatPage(await browser.OpenAsync("es-ES"));

        await chat.ExpectProgressAsync("Pregunta 1 de 13");
        await Assertions.Expect(chat.Page.GetByText("Soy el asistente para espasmos musculares").First).ToBeVisibleAsync();
        await Assertions.Expect(chat.Page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await chat.TapAsync("Sí");
        await chat.ExpectProgressAsync("Pregunta 2 de 13");
        await chat.TickAsync("Enviar mis respuestas", "Nada de esto");
        await ClickThroughAsync(chat, "Pregunta {0} de 13", from: 3);
        await chat.ExpectProgressAsync("Revise sus respuestas");
        await chat.TapFirstAsync();

        await chat.ExpectProgressAsync("Listo");
        await Assertions.Expect(chat.Result).ToBeVisibleAsync();
        await Assertions.Expect(chat.ResultCall).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^tel:"));
        await chat.ScreenshotAsync("intake-spanish-finished");
    }

    [Fact]
    public async Task Page_LanguageSwitchMidIntake_SwitchesThePageAndTheConversation()
    {
        var chat = new ChatPage(await browser.OpenAsync("en-US"));
        await chat.ExpectProgressAsync("Question 1 of 13");
        await chat.TapAsync("Yes");
        await chat.ExpectProgressAsync("Question 2 of 13");

        await chat.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Español" }).ClickAsync();

        await Assertions.Expect(chat.Page.GetByText("hablaré en español").First).ToBeVisibleAsync();
        await chat.ExpectProgressAsync("Pregunta 2 de 13");
        await Assertions.Expect(chat.Page.Locator(".clinic-tagline")).ToHaveTextAsync("Consulta de espasmos musculares");
        await Assertions.Expect(chat.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Español" })).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [Fact]
    public async Task Page_PhoneWidth_ShowsEveryCardChoiceWholeAndNothingWiderThanTheScreen()
    {
        var chat = new ChatPage(await browser.OpenAsync("es-ES", width: 360, height: 740));
        await chat.ExpectProgressAsync("Pregunta 1 de 13");
        await chat.TapAsync("Sí");
        await chat.ExpectProgressAsync("Pregunta 2 de 13");
        var labels = chat.Page.Locator(".ac-adaptiveCard").Last.Locator("label");
        await Assertions.Expect(labels.First).ToBeVisibleAsync();

        // A cut label is one whose text is wider than its box (the "…" of a choice that does not wrap).
        var cut = await labels.EvaluateAllAsync<string[]>("all => all.filter(l => l.scrollWidth > l.clientWidth + 1 || l.getBoundingClientRect().right > window.innerWidth).map(l => l.textContent)");
        var pageWidth = await chat.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.True(await labels.CountAsync() >= 5);
        Assert.Empty(cut);
        Assert.True(pageWidth <= 360, $"the page is {pageWidth} px wide on a 360 px screen");
        await Assertions.Expect(chat.Page.Locator("#clinic-phone")).ToBeInViewportAsync();
        await chat.ScreenshotAsync("phone-emergency-screen");
    }

    [Fact]
    public async Task Page_Axe_FindsNoSeriousOrCriticalViolation()
    {
        var chat = new ChatPage(await browser.OpenAsync("en-US"));
        await chat.ExpectProgressAsync("Question 1 of 13");
        await chat.TapAsync("Yes");
        await chat.ExpectProgressAsync("Question 2 of 13");

        var results = await chat.Page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))})").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }

    // Answers each question from its first choice: the first box on a card (and its button), or the first quick reply.
    private static async Task ClickThroughAsync(ChatPage chat, string progress, int from)
    {
        for (var question = from; question <= 13; question++)
        {
            await chat.ExpectProgressAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, progress, question));
            var lastIsCard = await chat.Page.Locator(".webchat__basic-transcript__activity").Last.Locator(".ac-adaptiveCard").CountAsync() > 0;
            if (lastIsCard)
            {
                await chat.TickFirstAsync();
            }
            else
            {
                await chat.TapFirstAsync();
            }
        }
    }
}
