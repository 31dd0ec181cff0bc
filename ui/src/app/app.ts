import { Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

/** The root: every screen is a route (the login page, or the shell around the features). */
@Component({
  selector: 'mdg-root',
  imports: [RouterOutlet],
  template: '<router-outlet />',
})
export class App {}
