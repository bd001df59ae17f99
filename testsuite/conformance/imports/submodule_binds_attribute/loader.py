import plugins.video
import plugins.audio
