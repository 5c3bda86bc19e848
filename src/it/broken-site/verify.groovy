// A broken site fails with file:line problems and publishes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('content/blog/2021-01-01-bad.md:3: error: date "2021-02-31" is not a real date on the calendar')
assert !new File(basedir, 'target/site').exists()
return true
