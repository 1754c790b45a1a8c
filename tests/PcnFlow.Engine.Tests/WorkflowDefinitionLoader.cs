using PcnFlow.Engine.Definitions;

namespace PcnFlow.Engine.Tests;

internal static class WorkflowDefinitionLoader
{
    public static WorkflowDefinition Load(string path) => WorkflowDefinitionReader.ReadOrThrow(File.ReadAllText(path));

    public static WorkflowDefinition Programme(string name) => Load(Path.Combine(TestPaths.Workflows, name + ".json"));
}
