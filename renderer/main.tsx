// First: the first screen's data is asked for while the rest of the app starts.
import './ask-early'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import './styles/fonts.css'
import './styles/app.css'
import './styles/workshop.css'
import './styles/comms.css'
import './styles/followup.css'
import './styles/meeting.css'
import './styles/audience.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
