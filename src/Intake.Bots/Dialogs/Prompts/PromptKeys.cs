namespace Intake.Bots.Dialogs.Prompts;

/// <summary>The content keys the prompts read unless configured otherwise; the application's content defines them.</summary>
public static class PromptKeys
{
    /// <summary>The label of a multi-select card's submit button.</summary>
    public const string Submit = "prompts.submit";

    /// <summary>Said after too many answers in a row were not understood, before the choices again: how to reach a person.</summary>
    public const string Exhausted = "prompts.exhausted";

    /// <summary>Lists of number words: <c>prompts.numbers.7</c> = [seven].</summary>
    public const string NumberWords = "prompts.numbers";

    /// <summary>Words that join numbered picks ("1 and 3"): a list.</summary>
    public const string Connectors = "prompts.connectors";

    /// <summary>The yes/no choices of confirm prompts: <c>prompts.confirm.labels.yes</c>, <c>prompts.confirm.synonyms.no</c>, …</summary>
    public const string Confirm = "prompts.confirm";
}
