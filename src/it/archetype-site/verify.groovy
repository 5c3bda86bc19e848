// The archetype gave the same site `new site` gives, and `mvn verify` in it baked and checked it.
def leeds = new File(basedir, 'generated/leeds-carers')
assert new File(leeds, 'site.yml').text.contains('title: "Leeds Carers Voice"')
assert new File(leeds, 'pom.xml').text.contains("<northstar.version>${projectVersion}</northstar.version>")
// The group's pom names no repository and its workflow no secret: the plugin came from this build's local repository,
// as Maven Central would serve it (src/it/settings.xml), with nothing else to set up.
def groupPom = new File(leeds, 'pom.xml').text
assert !groupPom.contains('<repositories>') && !groupPom.contains('<pluginRepositories>')
assert groupPom.contains('<groupId>blog.socialcarefuture</groupId>')
assert !new File(leeds, '.github/workflows/site.yml').text.contains('secrets.')
assert new File(leeds, 'pom.xml').text.contains('<artifactId>leeds-carers</artifactId>')
assert !new File(leeds, 'pom.xml').text.contains('<parent>')
assert new File(leeds, '.github/workflows/site.yml').text.contains('${{ github.ref }}') : "GitHub's own expressions are kept"
assert new File(leeds, '.gitignore').isFile()
assert new File(leeds, 'README.md').text.contains('## Build the site') : 'Markdown headings survive the archetype'
def site = new File(leeds, 'target/site')
assert new File(site, 'index.html').text.contains('<title>Leeds Carers Voice</title>')
def log = new File(basedir, 'build.log').text
assert log.contains('Baked 3 pages')
assert log.contains('No accessibility or link problems')
return true
