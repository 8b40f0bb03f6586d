namespace Intake.DirectLine.Wire;

/// <summary>
/// The optional body of <c>tokens/generate</c>, <c>conversations</c> (DirectLineJS sends <c>{user, locale}</c>) and the
/// page's <c>/api/directline/token</c> (<c>{locale}</c>).
/// </summary>
internal sealed record StartRequest(StartUser? User, string? Locale);
