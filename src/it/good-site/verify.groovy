// The good site is baked, checked and has its report; links carry the sub-path of the base URL.
def index = new File(basedir, 'target/site/index.html')
assert index.isFile()
assert index.text.contains('<title>Our Group</title>')
def post = new File(basedir, 'target/site/blog/2021/04/hello/index.html')
assert post.isFile()
assert post.text.contains('href="/our-group/css/site.css"')
// No themes/ folder here: the theme comes from inside the plugin.
assert !new File(basedir, 'themes').exists()
assert new File(basedir, 'target/site/css/site.css').isFile()
assert !index.text.contains('Social Care Future')
assert new File(basedir, 'target/a11y-report/index.html').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('Baked 2 pages')
assert log.contains('No accessibility or link problems')
return true
