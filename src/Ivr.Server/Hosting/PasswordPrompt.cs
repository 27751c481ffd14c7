using System.Text;

namespace Ivr.Server.Hosting;

/// <summary>Reads a password typed at a terminal without showing it; from a pipe, reads one line.</summary>
internal static class PasswordPrompt
{
    public static string? Read()
    {
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine();
        }
        Console.Error.Write("Password (not shown): ");
        var password = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
        Console.Error.WriteLine();
        return password.ToString();
    }
}
