namespace Ivr.Server.Menus;

/// <summary>What validation needs from the prompt manifest: which prompt has text in which language.</summary>
public interface IPromptTexts
{
    bool IsKnown(string key);

    bool HasText(string key, string language);
}
