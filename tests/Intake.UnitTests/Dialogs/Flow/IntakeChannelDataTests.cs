using Intake.Dialogs.Flow;

namespace Intake.UnitTests.Dialogs.Flow;

public sealed class IntakeChannelDataTests
{
    [Fact]
    public void ForStep_Step_WritesOnlyTheStep()
    {
        var data = IntakeChannelData.ForStep("location");

        Assert.Equal("""{"intake":{"step":"location"}}""", data.GetRawText());
    }

    [Fact]
    public void ForOutcome_NoRules_WritesTheLevelAndAnEmptyList()
    {
        var data = IntakeChannelData.ForOutcome("self-care", []);

        Assert.Equal("""{"intake":{"careLevel":"self-care","ruleIds":[]}}""", data.GetRawText());
    }
}
