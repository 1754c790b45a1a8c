using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Cli;

/// <summary>Loads definition files, reporting every problem as <c>file: activityId: message</c>.</summary>
internal static class DefinitionFiles
{
    public static IReadOnlyList<DefinitionProblem> Problems(WorkflowEngine engine, string path, out WorkflowDefinition? definition)
    {
        definition = null;
        if (!File.Exists(path))
            return [new DefinitionProblem(null, "$", "The file does not exist.", "missing-file")];
        var read = WorkflowDefinitionReader.Read(File.ReadAllText(path));
        if (read.Definition == null)
            return read.Problems;
        definition = read.Definition;
        return engine.Validate(read.Definition);
    }

    public static void Print(TextWriter writer, string path, IEnumerable<DefinitionProblem> problems)
    {
        foreach (var problem in problems)
            writer.WriteLine($"{path}: {problem.ActivityId ?? "(workflow)"}: {problem.Message}");
    }

    /// <summary>Loads all files; null (with problems printed) when any is invalid.</summary>
    public static List<WorkflowDefinition>? LoadAll(WorkflowEngine engine, IEnumerable<string> paths, TextWriter stderr)
    {
        var definitions = new List<WorkflowDefinition>();
        var ok = true;
        foreach (var path in paths)
        {
            var problems = Problems(engine, path, out var definition);
            if (problems.Count > 0)
            {
                Print(stderr, path, problems);
                ok = false;
            }
            else
                definitions.Add(definition!);
        }
        return ok ? definitions : null;
    }
}
