namespace Ivr.Server.Tests.Infrastructure;

/// <summary>The repository the tests run from (the folder with Ivr.sln above the test output), for files that are not copied there.</summary>
public static class RepositoryFolder
{
    /// <summary>The repository's root; null when the tests run outside it.</summary>
    public static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Ivr.sln")))
            {
                return folder.FullName;
            }
        }
        return null;
    }

    public static string Root => Find() ?? throw new DirectoryNotFoundException("The repository (Ivr.sln) is not above the test output.");
}
