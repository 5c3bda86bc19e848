// `new site` made a site in leeds/, and `mvn verify` there baked and checked it with the plugin's own theme.
def leeds = new File(basedir, 'leeds')
assert new File(leeds, 'site.yml').text.contains('title: "Leeds Carers Voice"')
assert new File(leeds, 'pom.xml').text.contains("<northstar.version>${projectVersion}</northstar.version>")
// The group's pom names no repository and its workflow no secret: the plugin came from this build's local repository,
// as Maven Central would serve it (src/it/settings.xml), with nothing else to set up.
def groupPom = new File(leeds, 'pom.xml').text
assert !groupPom.contains('<repositories>') && !groupPom.contains('<pluginRepositories>')
assert groupPom.contains('<groupId>blog.socialcarefuture</groupId>')
assert !new File(leeds, '.github/workflows/site.yml').text.contains('secrets.')
assert new File(leeds, '.github/workflows/site.yml').isFile()
assert !new File(leeds, 'themes').exists()
def site = new File(leeds, 'target/site')
assert new File(site, 'index.html').text.contains('<title>Leeds Carers Voice</title>')
assert new File(site, 'about/easy-read/index.html').isFile()
// The easy-read page's PDF, made and checked with veraPDF by the plugin, in the group's own words.
def pdf = new File(site, 'about/easy-read/about-easy-read.pdf')
assert pdf.isFile() && pdf.length() > 10000
assert new File(site, 'about/easy-read/index.html').text.contains('href="/about/easy-read/about-easy-read.pdf" download>Download this easy read page as a PDF (')
assert !new String(pdf.bytes, 'ISO-8859-1').contains('Social Care Future')
// The group's site never speaks as the movement.
site.eachFileRecurse { file ->
    if (file.name ==~ /.*\.(html|xml|json|css|js|svg)/) {
        assert !file.text.contains('Social Care Future') : "${file} mentions Social Care Future"
        assert !file.text.contains('socfuture') : "${file} links to the movement's accounts"
    }
}
def log = new File(basedir, 'build.log').text
assert log.contains('Baked 3 pages')
assert log.contains('No accessibility or link problems')
assert !log.contains('[WARNING] ') || !log.contains('error:')
return true
