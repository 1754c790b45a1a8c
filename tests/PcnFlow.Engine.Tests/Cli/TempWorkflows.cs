using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Tests.Cli;

/// <summary>Small workflow files written to a temporary folder for one test, deleted afterwards.</summary>
internal sealed class TempWorkflows : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pcnflow-cli-").FullName;

    public string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A flowchart of the given activities, each connected to the next through its <c>Done</c> port.</summary>
    public string Flowchart(string name, params JsonObject[] activities)
    {
        var connections = new JsonArray();
        for (var i = 1; i < activities.Length; i++)
            connections.Add(Connection(activities[i - 1]["id"]!.GetValue<string>(), activities[i]["id"]!.GetValue<string>()));
        return Flowchart(name, activities, connections);
    }

    public string Flowchart(string name, JsonObject[] activities, JsonArray connections)
    {
        var definition = new JsonObject
        {
            ["id"] = name,
            ["definitionId"] = name,
            ["name"] = name,
            ["version"] = 1,
            ["root"] = new JsonObject
            {
                ["type"] = "Elsa.Flowchart",
                ["id"] = "flow",
                ["activities"] = new JsonArray([.. activities]),
                ["connections"] = connections,
            },
        };
        return Write(name + ".json", definition.ToJsonString());
    }

    public static JsonObject Connection(string from, string to, string port = "Done") => new()
    {
        ["source"] = new JsonObject { ["activity"] = from, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" },
    };

    public static JsonObject Activity(string id, string type, params (string Name, string ExpressionType, string Value)[] inputs)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type };
        foreach (var (name, expressionType, value) in inputs)
            activity[name] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = expressionType, ["value"] = value } };
        return activity;
    }

    public static JsonObject WriteLine(string id, string text, string expressionType = "Literal") =>
        Activity(id, "Elsa.WriteLine", ("text", expressionType, text));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
