namespace Intake.Bots.Choices;

/// <summary>How a question's choices are shown.</summary>
internal enum ChoiceStyle
{
    /// <summary>No choices: text only.</summary>
    None,

    /// <summary>Quick-reply imBack buttons beside the input box.</summary>
    SuggestedActions,

    /// <summary>An Adaptive Card with one Action.Submit per choice.</summary>
    ButtonCard,

    /// <summary>An Adaptive Card with a multi-select Input.ChoiceSet and a submit button.</summary>
    MultiSelectCard,

    /// <summary>A numbered plain-text list.</summary>
    NumberedList,
}
