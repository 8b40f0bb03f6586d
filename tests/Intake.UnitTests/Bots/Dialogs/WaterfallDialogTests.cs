using Intake.Bots.Dialogs;

namespace Intake.UnitTests.Bots.Dialogs;

public sealed class WaterfallDialogTests
{
    private static DialogHarness Harness() => new(content => TestFlows.Profile(content));

    [Fact]
    public async Task FirstMessage_EmptyStack_BeginsRootAndAsksFirstStep()
    {
        var harness = Harness();

        var replies = await harness.SayAsync("hi");

        Assert.Equal("What is your name?", Assert.Single(replies).Text);
        var stack = await harness.StackAsync();
        Assert.NotNull(stack);
        Assert.Equal(["profile", "name"], stack.Dialogs.Select(d => d.Id));
        Assert.Equal("name", stack.Dialogs[0].Step);
    }

    [Fact]
    public async Task Steps_AnsweredInOrder_ValuesCarryEveryAnswerToTheEnd()
    {
        var harness = Harness();
        await harness.SayAsync("hi");

        Assert.Equal("How bad is the pain, 0 to 10?", (await harness.SayAsync("Ana")).Single().Text);
        Assert.Equal("Where does it hurt?", (await harness.SayAsync("7")).Single().Summary?.Split("\n")[0]);
        Assert.Equal("Is that right?", (await harness.SayAsync("my calves and lower back")).Single().Text);
        var done = await harness.SayAsync("yes");

        Assert.Equal("Thanks Ana: pain 7, places back+legs, right yes.", Assert.Single(done).Text);
        Assert.Equal(5, harness.Engines);
        Assert.Empty((await harness.StackAsync())!.Dialogs);
    }

    [Fact]
    public async Task StoredStack_AfterEachTurn_HoldsStepNamesAndTypedValuesNotIndexes()
    {
        var harness = Harness();
        await harness.SayAsync("hi");
        await harness.SayAsync("Ana");
        await harness.SayAsync("seven");

        var stack = await harness.StackAsync();
        var json = await harness.StoredStateAsync();

        Assert.Equal("areas", stack!.Dialogs[0].Step);
        Assert.Contains("\"step\":\"areas\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Name\":\"Ana\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Pain\":7", json, StringComparison.Ordinal);
        Assert.Contains("\"flow\":\"test-1\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoTo_NamedStepFromALaterStep_AsksThatQuestionAgainAndKeepsOtherValues()
    {
        var harness = Harness();
        foreach (var text in new[] { "hi", "Ana", "7", "neck" })
        {
            await harness.SayAsync(text);
        }

        var back = await harness.SayAsync("no");
        await harness.SayAsync("feet");
        var done = await harness.SayAsync("yes");

        Assert.StartsWith("Where does it hurt?", back.Single().Summary, StringComparison.Ordinal);
        Assert.Equal("Thanks Ana: pain 7, places feet, right yes.", done.Single().Text);
    }

    [Fact]
    public async Task StoredStack_FromAnotherFlowVersion_IsResetWithAnApologyAndTheFlowRestarts()
    {
        var version = "old";
        var harness = new DialogHarness(content => TestFlows.Profile(content, o => o.FlowVersion = version));
        await harness.SayAsync("hi");
        await harness.SayAsync("Ana");

        version = "new";
        var replies = await harness.SayAsync("7");

        Assert.Equal(["Sorry, we changed things. Let's start again.", "What is your name?"], replies.Select(r => r.Text));
        Assert.Equal("new", (await harness.StackAsync())!.Flow);
    }

    [Fact]
    public async Task StoredStack_NamingAStepThatNoLongerExists_IsReset()
    {
        var harness = Harness();
        await harness.SayAsync("hi");
        var stale = (await harness.StackAsync())! with { Dialogs = [new DialogInstance { Id = "profile", Step = "removed-step" }, new DialogInstance { Id = "name" }] };
        await WriteStackAsync(harness, stale);

        var replies = await harness.SayAsync("Ana");

        Assert.Equal("Sorry, we changed things. Let's start again.", replies[0].Text);
        Assert.Equal("name", (await harness.StackAsync())!.Dialogs[0].Step);
    }

    [Fact]
    public async Task StoredStack_WrittenWithSchemaOneNames_IsResetWithAnApologyAndKeepsTheLanguage()
    {
        var harness = Harness();
        await harness.SayAsync("hi");
        var version = (await harness.StackAsync())!.Flow;
        await WriteStackJsonAsync(harness, $$"""{"v":1,"f":"{{version}}","l":"es","d":[{"id":"profile","s":"name","n":1},{"id":"name"}]}""");

        var replies = await harness.SayAsync("Ana");

        Assert.Equal(DialogHarness.Content.Text("es", "test.reset"), replies[0].Text);
        var stack = (await harness.StackAsync())!;
        Assert.Equal((DialogStack.CurrentSchema, "es"), (stack.Schema, stack.Language));
    }

    [Fact]
    public void StoredStack_Written_UsesTheSpelledOutNames()
    {
        var stack = new DialogStack { Flow = "f1", Language = "es", Dialogs = [new DialogInstance { Id = "profile", Step = "name", ReturnTo = "pain", Attempts = 2 }] };

        var json = System.Text.Json.JsonSerializer.Serialize(stack, DialogStack.Key.TypeInfo);

        Assert.Equal("""{"schema":2,"flow":"f1","language":"es","dialogs":[{"id":"profile","step":"name","returnTo":"pain","attempts":2}]}""", json);
    }

    [Fact]
    public async Task StoredState_WithEveryValueButTheLast_IsASmallFractionOfTheBudget()
    {
        var harness = Harness();
        foreach (var text in new[] { "hi", "Ana Maria", "8", "back, neck, legs and feet" })
        {
            await harness.SayAsync(text);
        }

        var json = await harness.StoredStateAsync();

        Assert.Contains("\"Areas\":[\"back\",\"neck\",\"legs\",\"feet\"]", json, StringComparison.Ordinal);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(json), 1, 512);
    }

    private static Task WriteStackAsync(DialogHarness harness, DialogStack stack)
        => WriteStackJsonAsync(harness, System.Text.Json.JsonSerializer.Serialize(stack, DialogStack.Key.TypeInfo));

    private static async Task WriteStackJsonAsync(DialogHarness harness, string stackJson)
    {
        var key = Intake.Bots.State.StateKeys.Conversation(harness.ChannelId, harness.ConversationId);
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\"dialogs\":" + stackJson + "}");
        await harness.Storage.WriteAsync(key, bytes, Intake.Bots.State.ETags.Any, CancellationToken.None);
    }
}
