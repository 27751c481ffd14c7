using System.Text.Json;

namespace Ivr.Server.Menus;

/// <summary>The one JSON form of a menu definition, in the database and in the operations API.</summary>
public static class MenuJson
{
    public static string Serialize(MenuDefinition menu) => JsonSerializer.Serialize(menu, JsonSerializerOptions.Web);

    public static MenuDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<MenuDefinition>(json, JsonSerializerOptions.Web)
        ?? throw new JsonException("The menu definition is empty.");
}
