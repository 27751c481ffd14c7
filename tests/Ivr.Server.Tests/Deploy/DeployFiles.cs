using Ivr.Server.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Ivr.Server.Tests.Deploy;

/// <summary>What the deploy files declare: the server's environment, the keys its secrets must hold, its probes.</summary>
public static class DeployFiles
{
    public static string Folder { get; } = Path.Combine(RepositoryFolder.Root, "deploy");

    /// <summary>compose.yaml: the server service's <c>environment</c>, and the keys of the env file it names (from its <c>.example</c>).</summary>
    public static (Dictionary<string, string> Environment, IReadOnlyList<string> SecretKeys) Compose()
    {
        var server = (YamlMappingNode)((YamlMappingNode)Load("container/compose.yaml")["services"])["server"];
        var environment = ((YamlMappingNode)server["environment"]).Children
            .ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => ((YamlScalarNode)pair.Value).Value!);
        var envFiles = ((YamlSequenceNode)server["env_file"]).Children.Select(file => ((YamlScalarNode)file).Value!);
        var keys = envFiles.SelectMany(file => File.ReadAllLines(Path.Combine(Folder, "container", file + ".example")))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line[..line.IndexOf('=', StringComparison.Ordinal)])
            .ToList();
        return (environment, keys);
    }

    /// <summary>ivr.yaml: the ConfigMap's data, the keys of the secret (from ivr-secret.example.yaml), and the server container's probe paths.</summary>
    public static (Dictionary<string, string> Environment, IReadOnlyList<string> SecretKeys, string Liveness, string Readiness) Kubernetes()
    {
        var documents = LoadAll("kubernetes/ivr.yaml");
        var configMap = documents.Single(document => Scalar(document, "kind") == "ConfigMap");
        var environment = ((YamlMappingNode)configMap["data"]).Children
            .ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => ((YamlScalarNode)pair.Value).Value!);
        var deployment = documents.Single(document => Scalar(document, "kind") == "Deployment");
        var container = (YamlMappingNode)((YamlSequenceNode)Child(deployment, "spec", "template", "spec", "containers")).Children[0];
        var secret = LoadAll("kubernetes/ivr-secret.example.yaml").Single();
        var keys = ((YamlMappingNode)secret["stringData"]).Children.Select(pair => ((YamlScalarNode)pair.Key).Value!).ToList();
        return (environment, keys, ProbePath(container, "livenessProbe"), ProbePath(container, "readinessProbe"));
    }

    private static string ProbePath(YamlMappingNode container, string probe) => ((YamlScalarNode)Child(container, probe, "httpGet", "path")).Value!;

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static YamlNode Child(YamlMappingNode node, params string[] keys) =>
        keys.Aggregate<string, YamlNode>(node, (current, key) => ((YamlMappingNode)current)[key]);

    private static YamlMappingNode Load(string file) => LoadAll(file).Single();

    private static List<YamlMappingNode> LoadAll(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Folder, file));
        stream.Load(reader);
        return stream.Documents.Select(document => (YamlMappingNode)document.RootNode).ToList();
    }
}
