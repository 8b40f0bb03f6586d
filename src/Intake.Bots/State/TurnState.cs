namespace Intake.Bots.State;

/// <summary>
/// The state scopes a turn works with: the conversation's, read before the bot runs, and the user's, read
/// from storage only when the turn first asks for it (most turns never do, and that spares a read).
/// </summary>
public sealed class TurnState
{
    private readonly Func<CancellationToken, ValueTask<StateScope>> _loadUser;
    private StateScope? _user;

    /// <summary>Both scopes already at hand.</summary>
    public TurnState(StateScope conversation, StateScope user)
        : this(conversation, _ => ValueTask.FromResult(user))
    {
        ArgumentNullException.ThrowIfNull(user);
        _user = user;
    }

    /// <summary>The user's scope is read with <paramref name="loadUser"/> the first time <see cref="UserAsync"/> is called.</summary>
    public TurnState(StateScope conversation, Func<CancellationToken, ValueTask<StateScope>> loadUser)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(loadUser);
        Conversation = conversation;
        _loadUser = loadUser;
    }

    /// <summary>State shared by everything in this conversation (the dialog stack lives here).</summary>
    public StateScope Conversation { get; }

    /// <summary>The user's scope if this turn has read it (only a read scope can have changed), else <c>null</c>.</summary>
    public StateScope? LoadedUser => _user;

    /// <summary>State that follows the user across conversations on the same channel; read once per turn, on first use.</summary>
    public async ValueTask<StateScope> UserAsync(CancellationToken cancellationToken)
        => _user ??= await _loadUser(cancellationToken);
}
