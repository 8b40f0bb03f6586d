using System.Text.Json.Serialization.Metadata;

namespace Intake.Bots.State;

/// <summary>
/// A typed slot in a state scope: the compiler, not a string, knows what the slot holds, and the
/// source-generated <see cref="TypeInfo"/> knows how to store it.
/// </summary>
public sealed class StateKey<T>(string name, JsonTypeInfo<T> typeInfo)
    where T : class
{
    public string Name { get; } = name;

    public JsonTypeInfo<T> TypeInfo { get; } = typeInfo;
}
