namespace Intake.Dialogs.Understanding;

/// <summary>Reduces one lower-case, accent-folded word to its stem, so "hurting", "hurts" and "hurt" meet.</summary>
internal interface IStemmer
{
    /// <summary>The stem of <paramref name="word"/>; words with characters outside a–z come back unchanged.</summary>
    string Stem(string word);
}
