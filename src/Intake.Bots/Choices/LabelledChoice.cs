namespace Intake.Bots.Choices;

/// <summary>A choice with its label in the conversation's language, ready to show.</summary>
public readonly record struct LabelledChoice(string Code, string Label);
