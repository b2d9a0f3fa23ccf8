using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using ArchUnitNET.xUnit;

namespace Oms.Server.Tests;

/// <summary>
/// The server's shape, read from the compiled assembly: the core references no feature, no feature references another,
/// and every write goes through the command bus (no endpoint or feature saves on its own).
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly Architecture Server = new ArchLoader().LoadAssemblies(typeof(Program).Assembly).Build();

    private static IEnumerable<string> Features() => typeof(Program).Assembly.GetTypes()
        .Select(t => t.Namespace).OfType<string>()
        .Select(n => FeatureOf().Match(n)).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct();

    [Fact]
    public void The_core_references_no_feature()
        => Types().That().ResideInNamespaceMatching(@"^Oms\.Server\.Core(\..*)?$")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^Oms\.Server\.Features(\..*)?$"))
            .Check(Server);

    [Fact]
    public void No_feature_references_another()
    {
        var features = Features().ToList();
        Assert.True(features.Count >= 10, $"Only {features.Count} features found: {string.Join(", ", features)}");
        foreach (var feature in features)
        {
            Types().That().ResideInNamespaceMatching($@"^Oms\.Server\.Features\.{feature}(\..*)?$")
                .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching($@"^Oms\.Server\.Features\.(?!{feature}(\.|$))[^.]+(\..*)?$"))
                .Because($"feature {feature} talks to others only through the core (commands, events)")
                .Check(Server);
        }
    }

    [Fact]
    public void The_web_layer_references_no_feature()
        => Types().That().ResideInNamespaceMatching(@"^Oms\.Server\.Web(\..*)?$")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^Oms\.Server\.Features(\..*)?$"))
            .Check(Server);

    [Fact]
    public void Namespaces_match_folders()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Oms.Server");
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/") && !f.Contains("/bin/")))
        {
            var ns = NamespaceLine().Match(File.ReadAllText(file));
            if (!ns.Success) continue;
            var folder = Path.GetDirectoryName(Path.GetRelativePath(root, file))!.Replace(Path.DirectorySeparatorChar, '.');
            var expected = folder.Length == 0 ? "Oms.Server" : $"Oms.Server.{folder}";
            if (ns.Groups[1].Value != expected) wrong.Add($"{Path.GetRelativePath(root, file)}: {ns.Groups[1].Value}");
        }
        Assert.Empty(wrong);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Oms.slnx"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (Oms.slnx) was not found above the test binaries.");
    }

    [GeneratedRegex(@"^Oms\.Server\.Features\.([^.]+)")]
    private static partial Regex FeatureOf();

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
