namespace Oms.Domain.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void The_domain_references_no_other_project_and_no_package()
    {
        var references = typeof(Orders.Order).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Oms.", StringComparison.Ordinal));
        Assert.All(references, r => Assert.True(r.StartsWith("System", StringComparison.Ordinal) || r == "netstandard",
            $"Oms.Domain references {r}; the model must stay free of packages."));
    }
}
