namespace Intake.Bots.Dialogs;

/// <summary>The registry of dialogs by id. Built once at start-up; dialogs are stateless and shared.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, IDialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Registers a dialog; a second dialog with the same id is an error.</summary>
    public DialogSet Add(IDialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with the id '{dialog.Id}' is already registered.");
        }

        return this;
    }

    /// <summary>Registers a component dialog and, with it, every dialog it is made of.</summary>
    public DialogSet Add(ComponentDialog component)
    {
        ArgumentNullException.ThrowIfNull(component);
        Add((IDialog)component);
        foreach (var child in component.Dialogs)
        {
            if (child is ComponentDialog nested)
            {
                Add(nested);
            }
            else
            {
                Add(child);
            }
        }

        return this;
    }

    /// <summary>The dialog with this id, or <c>null</c>.</summary>
    public IDialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    /// <summary>Whether a dialog with this id is registered.</summary>
    public bool Contains(string id) => _dialogs.ContainsKey(id);

    /// <summary>The registered ids.</summary>
    public IEnumerable<string> Ids => _dialogs.Keys;
}
