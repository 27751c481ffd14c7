namespace Ivr.Server.Ivr;

/// <summary>What a caller did at the offer of their remembered language.</summary>
public enum RememberedLanguageAnswer
{
    /// <summary>Pressed <c>*</c>: their language, as if they had keyed its number and <c>*</c>.</summary>
    Accepted,

    /// <summary>Pressed 9: stop remembering; the greeting follows.</summary>
    OptedOut,

    /// <summary>Pressed something else (<c>3*</c>, <c>0</c>): taken as pressed at the start of the menu.</summary>
    MenuKeys,

    /// <summary>Pressed nothing: the greeting follows.</summary>
    Nothing,
}
