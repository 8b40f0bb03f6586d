using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.EndToEnd;

/// <summary>A full intake typed in everyday words, with phrases no log line may ever contain.</summary>
internal static class IntakeScript
{
    public static readonly string[] Typed =
    [
        "yes", "none of these", "I'm 45", "my calves and lower back", "about 20 min", "since last week", "yes they are",
        "really bad", "tight muscles and stiff knees", "when I'm hot and tired", "trouble with daily tasks",
        "foot cramps", "none of these",
    ];

    /// <summary>The answers' words as the summary shows them: no more allowed in logs than what was typed.</summary>
    public static readonly string[] Shown = ["Legs (thigh or calf)", "15 minutes or more", "Tight muscles", "Being tired", "Extreme heat", "Foot cramps", "Daily tasks are hard"];

    /// <summary>Plays the intake up to the summary and says "yes"; returns the result's replies.</summary>
    public static async Task<IReadOnlyList<Schema.Activity>> CompleteAsync(BotClient client)
    {
        await client.JoinAsync();
        foreach (var text in Typed)
        {
            await client.SayAsync(text);
        }

        return await client.SayAsync("yes");
    }
}
