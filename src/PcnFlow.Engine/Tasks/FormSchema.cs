using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Tasks;

/// <summary>The fields a task asks for.</summary>
public sealed class FormSchema
{
    /// <summary>The fields, in display order.</summary>
    public List<FormField> Fields { get; set; } = [];

    /// <summary>Reads a schema from <c>{ "fields": [...] }</c> (or a bare array), reporting problems through <paramref name="problem"/>.</summary>
    public static FormSchema Parse(JsonNode? node, Action<string, string> problem)
    {
        var schema = new FormSchema();
        var fields = node switch
        {
            JsonObject obj => obj["fields"] as JsonArray,
            JsonArray array => array,
            _ => null,
        };
        if (fields == null)
        {
            if (node != null)
                problem("The form must be an object with a list of 'fields'.", "form");
            return schema;
        }
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++)
        {
            var path = $"form.expression.value.fields[{i}]";
            if (FormField.Parse(fields[i], i, (m, p) => problem(m, $"{path}{p}")) is not { } field)
                continue;
            if (!names.Add(field.Name))
                problem($"The form has two fields called '{field.Name}'.", path + ".name");
            schema.Fields.Add(field);
        }
        return schema;
    }
}
