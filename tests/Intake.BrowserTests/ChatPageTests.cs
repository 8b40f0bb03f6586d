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

        await chat.ExpectProgressAsync("Question 1 of 11");
        Assert.Equal(1, await chat.CountAsync("the muscle spasm helper for Primary Health Centers"));
        await chat.TapAsync("Yes");
        await chat.ExpectProgressAsync("Question 2 of 11");
        await chat.TickAsync("Send my answers", "None of these");
        await chat.ExpectProgressAsync("Question 3 of 11");
        await chat.TypeAsync("my calves and lower back");
        await chat.ExpectProgressAsync("Question 4 of 11");
        await chat.TapAsync("15 minutes or more");
        await chat.ExpectProgressAsync("Question 5 of 11");
        await chat.TypeAsync("since last week");
        await chat.ExpectProgressAsync("Question 6 of 11");
        await chat.TapAsync("Yes");
        await chat.ExpectProgressAsync("Question 7 of 11");
        await chat.TapAsync("8");
        await chat.ExpectProgressAsync("Question 8 of 11");
        await chat.TypeAsync("tight muscles and stiff knees");
        await chat.ExpectProgressAsync("Question 9 of 11");
        await chat.TypeAsync("when I'm hot and tired");
        await chat.ExpectProgressAsync("Question 10 of 11");
        await chat.TypeAsync("trouble with daily tasks");
        await chat.ExpectProgressAsync("Question 11 of 11");
        await chat.TypeAsync("foot cramps");
        await chat.ExpectProgressAsync("Check your answers");
        await chat.TapAsync("Yes, that's right");

        await chat.ExpectProgressAsync("Done");
        await Assertions.Expect(chat.Result).ToBeVisibleAsync();
        await Assertions.Expect(chat.Result).ToHaveAttributeAsync("data-care-level", "urgent");
        await Assertions.Expect(chat.Result.Locator("h2")).ToHaveTextAsync("Call the clinic or a doctor today");
        await Assertions.Expect(chat.ResultCall).ToHaveAttributeAsync("href", "tel:+17033548111");
        await chat.ScreenshotAsync("intake-english-finished");
    }
}
