using System.Text.Json.Serialization;

namespace Intake.Bots.Cards;

/// <summary>A button of a card; its <c>type</c> is written from the derived record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveSubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(AdaptiveOpenUrlAction), "Action.OpenUrl")]
public abstract record AdaptiveAction;
