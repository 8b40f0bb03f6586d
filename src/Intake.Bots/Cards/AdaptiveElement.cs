using System.Text.Json.Serialization;

namespace Intake.Bots.Cards;

/// <summary>An element of a card's body; its <c>type</c> is written from the derived record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveTextBlock), "TextBlock")]
[JsonDerivedType(typeof(AdaptiveChoiceSetInput), "Input.ChoiceSet")]
public abstract record AdaptiveElement;
