namespace Intake.Bots.Turns;

/// <summary>How a turn ended, as an edge needs to know it to answer its caller.</summary>
public enum TurnStatus
{
    /// <summary>The turn ran, its state was saved and its replies were delivered.</summary>
    Completed,

    /// <summary>The activity had been processed before (a channel's retry): the turn did not run again.</summary>
    Replayed,

    /// <summary>Other writers kept changing the conversation's state: the turn did not happen; send it again.</summary>
    Busy,

    /// <summary>The turn happened (its state was saved) but the channel's connector refused its replies.</summary>
    RepliesNotDelivered,
}
