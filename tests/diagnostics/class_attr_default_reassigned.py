# error: unsupported-syntax
# line: 10
class Config:
    debug = False

    def enable(self):
        self.debug = True


c = Config()
Config.debug = True
print(c.debug)
