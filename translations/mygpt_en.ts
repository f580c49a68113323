<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Autostart</name>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of %1 item(s); the Raw tab shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Raw tab shows the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still streaming: this page follows the answer as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client went away before the end: the answer is partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body was not recorded (content logging is off or reduced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not JSON, or was cut short by the content logging setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has no messages; the Raw tab shows its body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request (from the client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response (to the client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream request ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeLines</name>
    <message numerus="yes">
        <source>💬 Conversation: %n message(s)</source>
        <translation>
            <numerusform>💬 Conversation: %n message</numerusform>
            <numerusform>💬 Conversation: %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>🧠 Reasoning: %n character(s)</source>
        <translation>
            <numerusform>🧠 Reasoning: %n character</numerusform>
            <numerusform>🧠 Reasoning: %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>🤖 LLM response: %n character(s)</source>
        <translation>
            <numerusform>🤖 LLM response: %n character</numerusform>
            <numerusform>🤖 LLM response: %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>📥 Chat completion request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔌 Client: %1, User-Agent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🎯 Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🌊 Stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>💬 Conversation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1. [%2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🚀 Starting streaming response...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🚀 Starting non-streaming response...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🧠 Reasoning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔧 Tool call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔧 Tool call: %1(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🤖 LLM response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠️ Cancelled by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❌ Error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❌ Error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❌ Response interrupted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✅ Finish reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✨ Streaming response complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✨ Non-streaming response complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>📊 Token usage - not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>📊 Token usage - input: %1, output: %2, total: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, reasoning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>timing details after a result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between timing details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>Enter the upstream&apos;s base URL, e.g. https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL without query or fragment, e.g. https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is one line of printable characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: %1 accepts connections from the network, so clients must send this key. Press Generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters, or press Generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter * or origins such as http://localhost:3000, separated by commas (a port may be *).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a proxy URL such as http://proxy:8080 or socks5://127.0.0.1:1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a readable file with PEM certificates (-----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>MyGPT %1 listening on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key configured: each client&apos;s own Authorization is forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients must send the access key (MYGPT_ACCESS_KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request store unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyGPT stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawText</name>
    <message>
        <source>Request: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response: %1, server-sent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no body recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestColumns</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextLog</name>
    <message numerus="yes">
        <source>⚠️ Log queue overflow: %n line(s) dropped</source>
        <translation>
            <numerusform>⚠️ Log queue overflow: %n line dropped</numerusform>
            <numerusform>⚠️ Log queue overflow: %n lines dropped</numerusform>
        </translation>
    </message>
    <message>
        <source>❌ Cannot write the log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❌ Cannot write log files: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeRangeDialog</name>
    <message>
        <source>Custom time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::Config</name>
    <message>
        <source>unknown option %1 (see mygpt --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see mygpt --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env-file needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--headless and --windowed cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mygpt [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyGPT %1, a local OpenAI-compatible proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the proxy only: no tray icon, no windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a normal window instead of the tray icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read settings from PATH instead of ./.env or %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings, from the environment or the .env file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precedence: command line &gt; environment &gt; .env &gt; saved settings &gt; defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes take a K, M or G suffix (1K = 1024 bytes); times are in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 sets unknown setting %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <extracomment>A .env file, the line number and what is wrong there.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.env %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <extracomment>The setting, e.g. PORT, and where its value came from; an error text follows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (from %3)</source>
        <extracomment>The setting, e.g. PORT, its value in quotes and where it came from; an error text follows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The setting and its value, then what is wrong with it: PORT &quot;0&quot; (from the environment) is not a port number (1-65535)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST %1 accepts connections from the network; set MYGPT_ACCESS_KEY so that only clients that know it can spend your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MYGPT_ACCESS_KEY is shorter than %1 characters; it is easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a user name or password (the key goes in OPENAI_API_KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a query (?) or fragment (#)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not * or scheme://host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains %1, which is not * or an origin such as http://localhost:3000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not system, none, or a proxy URL such as http://host:port or socks5://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a port number (1-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number of seconds (1-%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a size (a positive number of bytes, or with a K, M or G suffix such as 32M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an IP address or localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of debug, info, warning, error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number of days (1-36500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not full, metadata or a number of characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be printable ASCII without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain a PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many errors; not a .env file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;=&apos; (expected KEY=value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid variable name (use letters, digits and _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than 1 MiB, which is not a .env file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::KeychainBackend</name>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyGPT was built without keychain support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ProxyController</name>
    <message>
        <source>The settings cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Choose another port in Settings, or close that program and start the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not start: %1. Check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is set for %1. Until you enter yours in Settings, each client&apos;s own key is forwarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for an API key (401 Unauthorized). Enter your key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the API key (401 Unauthorized). Check the key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ProxyServer</name>
    <message>
        <source>port %1 on %2 is already in use (is MyGPT already running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::SecretStore</name>
    <message>
        <source>%1 could not be read from the %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available in this session, so your keys are kept in %1, readable only by your user account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::SettingSpec</name>
    <message>
        <source>unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream API key. Unset: forward the client&apos;s own Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream API base URL (http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on: an IP address or localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key clients must send; required when HOST is not a loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback origins only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated browser origins allowed to call the proxy: * or scheme://host[:port], port may be *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the upstream&apos;s first byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds an upstream stream may stall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest request body, in bytes or with a K, M or G suffix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest request head, in bytes or with a K, M or G suffix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds an idle keep-alive client connection stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a client has to send a whole request head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra PEM CA certificate file to trust for the upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound proxy: system (honours HTTPS_PROXY/NO_PROXY), none, http://host:port or socks5://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform&apos;s log directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory for log files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level: debug, info, warning or error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of prompts and answers the log files and the request store keep: full, metadata (none), or a number of characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform&apos;s data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of the request store (requests.sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every exchange in the request store: on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the request store keeps an exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest size of the request store; the oldest exchanges go first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask upstreams for token usage in streams (hidden from clients that did not ask): on or off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::UpstreamPool</name>
    <message>
        <source>cannot read CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM certificate in CA file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::AppActions</name>
    <message>
        <source>&amp;Stop Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Request &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at &amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MyGPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on %1 — no API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on %1 — API key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on %1 — settings invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: port %1 is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the server could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the settings are invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::BarChart</name>
    <message>
        <source>No requests in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::ConnectionTester</name>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available.</source>
        <translation>
            <numerusform>Connected: %n model available.</numerusform>
            <numerusform>Connected: %n models available.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upstream answered, but not with a model list. Is the base URL right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream answered %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::DesktopApp</name>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available in this session: the keys you save will be kept in %1, readable only by your user account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MyGPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyGPT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local OpenAI-compatible proxy: your tools call %1, MyGPT forwards to %2 with your key.

Settings: %3
Logs: %4
Qt %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::DesktopMain</name>
    <message>
        <source>MyGPT is already running; its window was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another MyGPT holds the instance lock but does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::DetailPane</name>
    <message>
        <source>the request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see what was sent and what came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is no longer stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing &amp;&amp; usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A curl command that sends this request again through MyGPT; the key is read from $MYGPT_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this request again through MyGPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this exchange as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::ExportRunner</name>
    <message>
        <source>The request log cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::FilterBar</name>
    <message>
        <source>Search prompts and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamed or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>❚❚ Paused (%n new)</source>
        <translation>
            <numerusform>❚❚ Paused (%n new)</numerusform>
            <numerusform>❚❚ Paused (%n new)</numerusform>
        </translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New requests appear as they come; click to pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show new requests again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All matching as JSON Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All matching as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection as JSON Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder with the text logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every stored request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches as you type from 3 characters on; press Enter to search for 1 or 2 characters (slower on a large log).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::GeneralPage</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start MyGPT when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the server when MyGPT starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::LoggingPage</name>
    <message>
        <source>Logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompts and answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the first characters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep none (metadata only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of each prompt and answer the log files and the request log keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep requests for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask upstreams for token usage in streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients that did not ask for it do not see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::MainWindow</name>
    <message>
        <source>This desktop has no system tray, so MyGPT runs in this window. Closing it quits MyGPT and stops the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyGPT runs in this window (--windowed). Closing it quits MyGPT and stops the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound &amp;proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System settings (HTTPS_PROXY, NO_PROXY…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://proxy:8080 or socks5://127.0.0.1:1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::Presets</name>
    <message>
        <source>Ollama on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::RawView</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in request and response…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::RequestLogWindow</name>
    <message>
        <source>Clear the request log?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stored request and answer will be deleted. The text log files are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request log was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a curl command; set MYGPT_KEY to your local access key first (any value if there is none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the server to replay a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed %1 as %2 (HTTP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1</source>
        <translation>
            <numerusform>Exported %n request to %1</numerusform>
            <numerusform>Exported %n requests to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the requests to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s)…</source>
        <translation>
            <numerusform>Exported %n request…</numerusform>
            <numerusform>Exported %n requests…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests are not stored: the request log is off in the settings (Logging).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request log: storing requests is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet. Point your tools at %1 and every exchange shows up here as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) match</source>
        <translation>
            <numerusform>%1 of %n request match</numerusform>
            <numerusform>%1 of %n requests match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n request(s), %1 tokens</source>
        <translation>
            <numerusform>Today: %n request, %1 tokens</numerusform>
            <numerusform>Today: %n requests, %1 tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyGPT – Request Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::SecretField</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::ServerPage</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Other computers can reach MyGPT on %1. Only clients that send the access key are served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: any local client may call MyGPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new random access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;origins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages on this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser origins allowed to call MyGPT, separated by commas: * or scheme://host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::SettingsDialog</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyGPT Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::SettingsForm</name>
    <message>
        <source>the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: the value from %1. What you save here applies once that is removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::TrayIcon</name>
    <message numerus="yes">
        <source>%n request(s) today</source>
        <translation>
            <numerusform>%n request today</numerusform>
            <numerusform>%n requests today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mygpt::ui::UpstreamPage</name>
    <message>
        <source>Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key for this upstream, e.g. sk-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.openai.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the upstream for its model list with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First-byte timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the upstream&apos;s first byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a stream may stall mid-way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::ui::UsagePanel</name>
    <message numerus="yes">
        <source>%n request(s) · %1 tokens (%2 in, %3 out)</source>
        <translation>
            <numerusform>%n request · %1 tokens (%2 in, %3 out)</numerusform>
            <numerusform>%n requests · %1 tokens (%2 in, %3 out)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Last %1 days&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s)</source>
        <translation>
            <numerusform>%1: %n request</numerusform>
            <numerusform>%1: %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 tokens in, %3 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s), %2 tokens</source>
        <translation>
            <numerusform>%1: %n request, %2 tokens</numerusform>
            <numerusform>%1: %n requests, %2 tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per model (last %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygpt::viewer::RequestTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n token(s) streamed so far</source>
        <translation>
            <numerusform>About %n token streamed so far</numerusform>
            <numerusform>About %n tokens streamed so far</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of them reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
