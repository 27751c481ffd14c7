namespace Ivr.Server.Menus;

/// <summary>
/// The 1345 menu: a Korean and English greeting; 1 office locations and hours, 2 visa-confirmation look-up,
/// 3 fax reporting, 0 a counselor, 5 a victim of crime (then the language, and the caller joins tagged victim-support);
/// a language by its number and <c>*</c> (1* Korean, 12* Khmer). On hold: 1 the
/// hours, 2 a callback (offered only while the expected wait is long), 3 leave a message, 4 another language (offered
/// only at the maximum wait), 5 a victim of crime, 9 leave the line. When the language is closed: 3 leave a message.
/// </summary>
public static class DefaultMenu
{
    public const string Main = "main";
    public const string Victim = "victim";

    public static MenuDefinition Definition { get; } = new()
    {
        StartNode = Main,
        GreetingLanguages = ["ko", "en"],
        DefaultLanguage = "ko",
        FallbackLanguage = "en",
        Fallbacks = new Dictionary<string, string> { ["uz"] = "ru", ["kk"] = "ru", ["mn"] = "ru" },
        // On hold, in the caller's own language: 5 is for victims of crime or violence (priority, and the team trained for it).
        HoldOptions = new Dictionary<string, string>
        {
            ["1"] = MenuActions.Hours,
            ["2"] = MenuActions.Callback,
            ["3"] = MenuActions.Message,
            ["4"] = MenuActions.Overflow,
            ["5"] = MenuActions.Tag(SensitiveTag),
            ["9"] = MenuActions.Leave,
        },
        AfterHoursOptions = new Dictionary<string, string> { ["3"] = MenuActions.Message },
        Nodes =
        [
            new MenuNode
            {
                Id = Main,
                Prompts = ["greeting", "main-options", "main-victim-option", "language-choice", PromptKeys.LanguageOffers],
                LanguageSelection = true,
                Options = new Dictionary<string, string>
                {
                    ["1"] = MenuActions.Node("offices"),
                    ["2"] = MenuActions.Node("visa"),
                    ["3"] = MenuActions.Node("fax"),
                    ["5"] = MenuActions.Node(Victim),
                    ["0"] = MenuActions.Queue,
                },
                DefaultAction = MenuActions.Queue,
            },
            // A victim of crime chooses their language here and joins with the tag: priority, the trained team, and
            // notes only that team, supervisors and operations read.
            new MenuNode
            {
                Id = Victim,
                Prompts = ["victim-language-choice", PromptKeys.LanguageOffers],
                LanguageSelection = true,
                QueueTags = [SensitiveTag],
                DefaultAction = MenuActions.Queue,
            },
            Info("offices", "offices-hours", "office-info", PromptKeys.Hours),
            Info("visa", "visa-lookup", "visa-lookup"),
            Info("fax", "fax", "fax-info"),
        ],
    };

    private const string SensitiveTag = "victim-support";

    private static MenuNode Info(string id, string branch, params string[] prompts) => new()
    {
        Id = id,
        Prompts = [.. prompts, "info-options"],
        SelfService = branch,
        Options = new Dictionary<string, string>
        {
            ["0"] = MenuActions.Queue,
            ["9"] = MenuActions.Repeat,
            ["8"] = MenuActions.Node(Main),
        },
        DefaultAction = MenuActions.Hangup,
    };
}
